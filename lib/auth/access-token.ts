import 'server-only'

/**
 * @module Access tokens per RFC 9068 (JWT profile for OAuth 2.0 access tokens) and RFC 8725
 * (JWT best current practices): explicit `typ: at+jwt`, a pinned algorithm per key, a `kid` that
 * selects the key from our own store (never from the token), and every failure mapped to a code.
 */
import { SignJWT, decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose'
import { joseFailure } from '@/lib/jwt/jose-errors'
import type { AcceptedTokenAlg, ApiErrorCode, SigningAlg } from '@/lib/contract'
import type { Store } from '@/lib/db'
import {
  ACCEPTED_TOKEN_ALGS,
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_CLIENT_ID,
  ACCESS_TOKEN_TTL,
  ACCESS_TOKEN_TYPE,
  CLOCK_TOLERANCE_S,
  signingAlgFor,
} from './config'
import { currentSigningKey, verificationKey } from './keys'
import { authFailure, type AuthResult } from './result'

export interface AccessTokenClaims extends JWTPayload {
  iss: string
  sub: string
  aud: string
  client_id: string
  iat: number
  exp: number
  jti: string
}

/**
 * Signs an access token for a user with the current key of `alg`.
 *
 * @example const { token, expiresIn } = await issueAccessToken(store, { userId, issuer, alg: 'ES256' })
 */
export async function issueAccessToken(
  store: Store,
  options: { userId: string; issuer: string; alg: SigningAlg; ttl?: number; now?: number },
): Promise<{ token: string; expiresIn: number; claims: AccessTokenClaims }> {
  const ttl = options.ttl ?? ACCESS_TOKEN_TTL.default
  const iat = Math.floor((options.now ?? Date.now()) / 1000)
  const { kid, alg, key } = await currentSigningKey(store, options.alg)
  const claims: AccessTokenClaims = {
    iss: options.issuer,
    sub: options.userId,
    aud: ACCESS_TOKEN_AUDIENCE,
    client_id: ACCESS_TOKEN_CLIENT_ID,
    iat,
    exp: iat + ttl,
    jti: crypto.randomUUID(),
  }
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg, typ: ACCESS_TOKEN_TYPE, kid })
    .sign(key)
  return { token, expiresIn: ttl, claims }
}

/**
 * What verifyAccessToken found: the checked header (`alg` as the token spells it, so a legacy
 * `EdDSA` stays `EdDSA`) and claims, or a TOKEN_* code.
 */
export type AccessTokenCheck = AuthResult<{
  header: { alg: AcceptedTokenAlg; kid: string; typ: string }
  claims: AccessTokenClaims
}>

const fail = (code: ApiErrorCode, detail: string) => authFailure(code, detail)

const BASE64URL_SEGMENT = /^[A-Za-z0-9_-]*$/
/** Header parameters that try to bring their own key (RFC 8725 §3.10 / CVE-2018-0114 style). */
const KEY_CARRYING_HEADERS = ['jwk', 'jku', 'x5u', 'x5c'] as const

function isAllowedAlg(alg: unknown): alg is AcceptedTokenAlg {
  return typeof alg === 'string' && (ACCEPTED_TOKEN_ALGS as readonly string[]).includes(alg)
}

/**
 * The API's answer for what jose refused (lib/jwt/jose-errors names it); anything jose did not
 * throw on purpose is rethrown (a server fault).
 */
function refusal(error: unknown): AccessTokenCheck {
  const failure = joseFailure(error)
  // A TypeError here is ours, not the token's (a bad key object or option): a server fault.
  if (!failure || failure.code === 'ERR_KEY_TYPE_MISMATCH') throw error
  const { code, claim, detail = '' } = failure
  switch (code) {
    case 'ERR_CLAIM_EXPIRED':
      return fail('TOKEN_EXPIRED', `The token expired: ${detail}.`)
    case 'ERR_CLAIM_MISSING':
      return fail('TOKEN_CLAIM_MISSING', `The required "${claim}" claim is missing.`)
    case 'ERR_CLAIM_TYP_MISMATCH':
      return fail('TOKEN_WRONG_TYPE', `The header "typ" must be "${ACCESS_TOKEN_TYPE}".`)
    case 'ERR_CLAIM_ISS_MISMATCH':
      return fail('TOKEN_WRONG_ISSUER', 'The "iss" claim does not name this site.')
    case 'ERR_CLAIM_AUD_MISMATCH':
      return fail('TOKEN_WRONG_AUDIENCE', `The "aud" claim must be "${ACCESS_TOKEN_AUDIENCE}".`)
    case 'ERR_CLAIM_NOT_YET_VALID':
    case 'ERR_CLAIM_IAT_FUTURE':
      return fail('TOKEN_NOT_YET_VALID', `The "${claim}" claim is in the future.`)
    case 'ERR_CLAIM_SUB_MISMATCH':
    case 'ERR_CLAIM_INVALID_TYPE':
      return fail('TOKEN_MALFORMED', `The "${claim}" claim is invalid: ${detail}.`)
    case 'ERR_SIGNATURE_INVALID':
      return fail('TOKEN_BAD_SIGNATURE', 'The signature does not match the header and payload.')
    case 'ERR_ALG_NOT_ALLOWED':
      return fail('TOKEN_ALG_NOT_ALLOWED', detail)
    default:
      return fail('TOKEN_MALFORMED', `The token is not a valid JWS: ${detail}.`)
  }
}

/**
 * Verifies an access token. Never throws for anything in the token; returns a tagged result.
 *
 * @example
 * const result = await verifyAccessToken(store, token, { issuer: 'https://example.com' })
 * if (!result.ok) console.log(result.code) // e.g. 'TOKEN_EXPIRED'
 */
export async function verifyAccessToken(
  store: Store,
  token: string,
  options: { issuer: string; now?: number },
): Promise<AccessTokenCheck> {
  const now = options.now ?? Date.now()
  const segments = token.split('.')
  if (segments.length !== 3 || !segments.every((segment) => BASE64URL_SEGMENT.test(segment))) {
    return fail('TOKEN_MALFORMED', 'An access token is three base64url segments joined by dots.')
  }
  let header: ReturnType<typeof decodeProtectedHeader>
  try {
    header = decodeProtectedHeader(token)
  } catch {
    return fail('TOKEN_MALFORMED', 'The header is not base64url-encoded JSON.')
  }

  // The server decides the algorithm; the token only gets to say which of ours it used.
  if (!isAllowedAlg(header.alg)) {
    return fail(
      'TOKEN_ALG_NOT_ALLOWED',
      `"alg": ${JSON.stringify(header.alg ?? null)} is not one of ${ACCEPTED_TOKEN_ALGS.join(', ')}.`,
    )
  }
  const carried = KEY_CARRYING_HEADERS.find((name) => name in header)
  if (carried) {
    return fail(
      'TOKEN_EMBEDDED_KEY',
      `The header carries a key ("${carried}"); keys come only from this server.`,
    )
  }
  if (segments[2] === '') {
    return fail('TOKEN_BAD_SIGNATURE', 'The signature segment is empty.')
  }
  if (typeof header.kid !== 'string' || header.kid === '') {
    return fail('TOKEN_UNKNOWN_KID', 'The header has no "kid", so no key can be chosen.')
  }
  const key = await verificationKey(store, header.kid, now)
  if (!key) {
    return fail('TOKEN_UNKNOWN_KID', `No current or recently retired key has kid "${header.kid}".`)
  }
  const alg = header.alg
  // A legacy name only ever stands for its own algorithm's key (EdDSA for an Ed25519 key).
  if (key.alg !== signingAlgFor(alg)) {
    // e.g. HS256 with an ES256 key's kid: the classic algorithm-confusion attack.
    return fail(
      'TOKEN_ALG_NOT_ALLOWED',
      `Key "${key.kid}" is a ${key.alg} key; a token claiming ${alg} is refused.`,
    )
  }

  try {
    const { payload, protectedHeader } = await jwtVerify<AccessTokenClaims>(token, key.key, {
      algorithms: [alg],
      typ: ACCESS_TOKEN_TYPE,
      issuer: options.issuer,
      audience: ACCESS_TOKEN_AUDIENCE,
      requiredClaims: ['exp', 'iat', 'sub', 'jti'],
      // Also refuses an `iat` in the future and tokens older than any we would issue.
      maxTokenAge: ACCESS_TOKEN_TTL.max,
      clockTolerance: CLOCK_TOLERANCE_S,
      currentDate: new Date(now),
    })
    return {
      ok: true,
      header: { alg, kid: key.kid, typ: String(protectedHeader.typ) },
      claims: payload,
    }
  } catch (error) {
    return refusal(error)
  }
}
