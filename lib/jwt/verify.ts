/** @module verify — signature verification against an explicit allow-list, then claim checks. */
import { compactVerify } from 'jose'
import { isNoneAlgorithm, isSupportedAlgorithm, type JwsAlgorithm } from './algorithms'
import { checkClaims, type ClaimsReport, type ExpectedClaims } from './claims'
import { decodeToken, type DecodedJws } from './decode'
import { errorDetail, fail, type JwtFailure, type JwtWarning } from './errors'
import { joseFailure } from './jose-errors'
import { resolveVerificationKey, type HmacKeyPolicy, type KeyInput, type ResolvedKey } from './keys'
import type { Instant } from './time'

/** Options for {@link verifyToken}. */
export interface VerifyOptions {
  key: KeyInput
  /** The algorithms this verifier accepts. Required: the token's `alg` alone is never trusted. */
  algorithms: readonly string[]
  /** The moment to check claims at; default now. */
  now?: Instant
  /** Seconds of clock skew allowed for exp / nbf / iat. */
  clockTolerance?: number
  expected?: ExpectedClaims
  required?: Array<'exp' | 'nbf' | 'iat' | 'iss' | 'aud' | 'sub' | 'jti'>
  /** See {@link HmacKeyPolicy}. */
  hmacKeyPolicy?: HmacKeyPolicy
}

/** Where a verification failed. */
export type VerifyStage = 'decode' | 'algorithm' | 'key' | 'signature'

/**
 * The signature verified. `valid` is true only when the claims passed too; `claims` tells
 * which did not, so "signature valid, but expired" is one result.
 */
export interface VerifySuccess {
  ok: true
  valid: boolean
  alg: JwsAlgorithm
  decoded: DecodedJws
  key: { source: ResolvedKey['source']; kid?: string }
  claims: ClaimsReport
  warnings: JwtWarning[]
}

/** The signature did not verify, or could not be checked. */
export interface VerifyFailure extends JwtFailure {
  stage: VerifyStage
  decoded?: DecodedJws
  warnings: JwtWarning[]
}

/** The outcome of {@link verifyToken}. */
export type VerifyResult = VerifySuccess | VerifyFailure

function stop(
  stage: VerifyStage,
  failure: JwtFailure,
  decoded?: DecodedJws,
  warnings: JwtWarning[] = [],
): VerifyFailure {
  return {
    ...failure,
    stage,
    ...(decoded && { decoded }),
    warnings: [...(decoded?.warnings ?? []), ...warnings],
  }
}

/**
 * Verifies a compact JWS. In order: strict decode; JWE and partial tokens refused; `alg`
 * must be present, not `none` (any case), and in `algorithms`; the key is resolved for that
 * algorithm (never from the token's `jwk`/`jku`/`x5u` headers); jose checks the signature.
 * Only then are the claims checked at `now`, reported apart from the signature. Never throws.
 *
 * @example
 * const result = await verifyToken(token, {
 *   key: { kind: 'secret', value: 'a-string-secret-at-least-256-bits-long' },
 *   algorithms: ['HS256'],
 *   now: new Date('2024-01-01T00:00:00Z'),
 * })
 * if (result.ok && !result.valid) result.claims.failures[0]?.code // => 'ERR_CLAIM_EXPIRED'
 */
export async function verifyToken(token: string, options: VerifyOptions): Promise<VerifyResult> {
  try {
    return await verifyUnsafe(token, options)
  } catch (error) {
    return stop('signature', fail('ERR_INTERNAL', { detail: errorDetail(error) }))
  }
}

async function verifyUnsafe(token: string, options: VerifyOptions): Promise<VerifyResult> {
  const decoded = decodeToken(token, { payload: 'any' })
  if (!decoded.ok) return { ...decoded, stage: 'decode', warnings: decoded.warnings }
  if (decoded.kind === 'jwe')
    return stop('decode', fail('ERR_JWE_NOT_SUPPORTED'), undefined, decoded.warnings)
  if (decoded.partial)
    return stop('decode', fail('ERR_PARTIAL_TOKEN', { count: decoded.segments.length }), decoded)

  const allowed = [...(options.algorithms ?? [])]
  if (allowed.length === 0) return stop('algorithm', fail('ERR_ALLOWLIST_EMPTY'), decoded)
  const alg = decoded.header.alg
  if (typeof alg !== 'string' || alg === '')
    return stop('algorithm', fail('ERR_ALG_MISSING'), decoded)
  if (isNoneAlgorithm(alg)) return stop('algorithm', fail('ERR_ALG_NONE', { alg }), decoded)
  if (!allowed.includes(alg))
    return stop('algorithm', fail('ERR_ALG_NOT_ALLOWED', { alg, allowed }), decoded)
  if (!isSupportedAlgorithm(alg))
    return stop('algorithm', fail('ERR_ALG_UNSUPPORTED', { alg }), decoded)
  const duplicate = decoded.warnings.find((w) => w.code === 'WARN_DUPLICATE_KEY')
  if (duplicate)
    return stop(
      'decode',
      fail('ERR_DUPLICATE_KEY', {
        ...(duplicate.segment && { segment: duplicate.segment }),
        ...(duplicate.claim && { claim: duplicate.claim }),
      }),
      decoded,
    )
  if (!decoded.signature || decoded.signature.length === 0)
    return stop('signature', fail('ERR_SIGNATURE_MISSING', { alg }), decoded)

  const kid = typeof decoded.header.kid === 'string' ? decoded.header.kid : undefined
  const resolved = await resolveVerificationKey(options.key, alg, {
    ...(kid !== undefined && { kid }),
    ...(options.hmacKeyPolicy && { hmacKeyPolicy: options.hmacKeyPolicy }),
  })
  if (!resolved.ok) return stop('key', resolved, decoded)

  try {
    await compactVerify(token, resolved.key, { algorithms: [alg] })
  } catch (error) {
    return stop(
      'signature',
      joseFailure(error, alg) ?? fail('ERR_INTERNAL', { detail: errorDetail(error) }),
      decoded,
      resolved.warnings,
    )
  }
  const claims = checkClaims(
    decoded.payload?.type === 'json' ? decoded.payload.value : undefined,
    decoded.header,
    {
      ...(options.now !== undefined && { now: options.now }),
      ...(options.clockTolerance !== undefined && { clockTolerance: options.clockTolerance }),
      ...(options.expected && { expected: options.expected }),
      ...(options.required && { required: options.required }),
    },
  )
  return {
    ok: true,
    valid: claims.ok,
    alg,
    decoded,
    key: { source: resolved.source, ...(resolved.kid !== undefined && { kid: resolved.kid }) },
    claims,
    warnings: [...decoded.warnings, ...resolved.warnings],
  }
}
