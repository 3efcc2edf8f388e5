/** @module claims — checks of exp, nbf, iat, iss, aud, sub and typ, apart from the signature. */
import { fail, type JwtFailure } from './errors'
import type { JsonObject } from './json'
import { toNumericDate, type Instant } from './time'

/** What the verifier expects of the claims. Absent fields are not checked. */
export interface ExpectedClaims {
  /** Accepted issuers. */
  iss?: string | string[]
  /** The audience this verifier is; the token's `aud` must contain one of these. */
  aud?: string | string[]
  sub?: string
  /** Expected `typ` header, compared case-insensitively without an `application/` prefix. */
  typ?: string
}

/** Options for {@link checkClaims}. */
export interface ClaimCheckOptions {
  /** The moment to check at (frozen in tests); default: now. */
  now?: Instant
  /** Seconds of allowed clock skew for exp / nbf / iat. Default 0. */
  clockTolerance?: number
  expected?: ExpectedClaims
  /** Claims that must be present. */
  required?: Array<'exp' | 'nbf' | 'iat' | 'iss' | 'aud' | 'sub' | 'jti'>
}

/** The result of one claim check. */
export interface ClaimCheck {
  claim: 'exp' | 'nbf' | 'iat' | 'iss' | 'aud' | 'sub' | 'typ' | 'jti'
  status: 'ok' | 'failed' | 'absent'
  /** Set when failed. */
  failure?: JwtFailure
}

/** All claim checks: `ok` is true when none failed. */
export interface ClaimsReport {
  ok: boolean
  now: number
  checks: ClaimCheck[]
  failures: JwtFailure[]
}

function isNumericDate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

const asList = (value: string | string[]) => (Array.isArray(value) ? value : [value])
/**
 * A `typ` media type as compared (RFC 7515 §4.1.9): case-insensitive, `application/` implied.
 *
 * @example normalizeTyp('application/AT+JWT') // => 'at+jwt'
 */
export const normalizeTyp = (typ: string) => typ.toLowerCase().replace(/^application\//, '')

/**
 * Checks the registered claims of a payload at `now`, each separately, so the UI can say
 * "signature valid, but expired 3 minutes ago". A payload that is not a JSON object gets a
 * single `ERR_PAYLOAD_NOT_CLAIMS`. A time claim that is not a finite number (`"exp": 1e309`
 * parses as Infinity) is `ERR_CLAIM_NOT_NUMERIC_DATE`, never "valid forever".
 *
 * @example
 * checkClaims({ exp: 1000 }, {}, { now: 1180 * 1000 }).failures
 * // => [{ ok: false, code: 'ERR_CLAIM_EXPIRED', claim: 'exp', seconds: 180 }]
 */
export function checkClaims(
  payload: JsonObject | undefined,
  header: JsonObject,
  options: ClaimCheckOptions = {},
): ClaimsReport {
  const now = toNumericDate(options.now)
  const tolerance = Math.max(0, options.clockTolerance ?? 0)
  if (!payload) {
    const failure = fail('ERR_PAYLOAD_NOT_CLAIMS', { segment: 'payload' })
    return { ok: false, now, checks: [], failures: [failure] }
  }
  const checks: ClaimCheck[] = []
  const add = (claim: ClaimCheck['claim'], failure?: JwtFailure | null) =>
    checks.push(failure ? { claim, status: 'failed', failure } : { claim, status: 'ok' })
  const required = new Set(options.required ?? [])
  const expected = options.expected ?? {}

  const timeClaim = (claim: 'exp' | 'nbf' | 'iat', test: (value: number) => JwtFailure | null) => {
    const value = payload[claim]
    if (value === undefined) {
      if (required.has(claim)) add(claim, fail('ERR_CLAIM_MISSING', { claim }))
      else checks.push({ claim, status: 'absent' })
      return
    }
    if (!isNumericDate(value))
      return add(claim, fail('ERR_CLAIM_NOT_NUMERIC_DATE', { claim, actual: String(value) }))
    add(claim, test(value))
  }
  timeClaim('exp', (exp) =>
    now >= exp + tolerance ? fail('ERR_CLAIM_EXPIRED', { claim: 'exp', seconds: now - exp }) : null,
  )
  timeClaim('nbf', (nbf) =>
    now + tolerance < nbf
      ? fail('ERR_CLAIM_NOT_YET_VALID', { claim: 'nbf', seconds: nbf - now })
      : null,
  )
  timeClaim('iat', (iat) =>
    now + tolerance < iat
      ? fail('ERR_CLAIM_IAT_FUTURE', { claim: 'iat', seconds: iat - now })
      : null,
  )

  const stringClaim = (
    claim: 'iss' | 'sub',
    want: string | string[] | undefined,
    code: 'ERR_CLAIM_ISS_MISMATCH' | 'ERR_CLAIM_SUB_MISMATCH',
  ) => {
    const value = payload[claim]
    if (value === undefined) {
      if (want !== undefined || required.has(claim))
        add(claim, fail('ERR_CLAIM_MISSING', { claim }))
      return
    }
    if (typeof value !== 'string')
      return add(claim, fail('ERR_CLAIM_INVALID_TYPE', { claim, expected: 'string' }))
    if (want !== undefined && !asList(want).includes(value))
      return add(claim, fail(code, { claim, expected: asList(want).join(', '), actual: value }))
    add(claim)
  }
  stringClaim('iss', expected.iss, 'ERR_CLAIM_ISS_MISMATCH')
  stringClaim('sub', expected.sub, 'ERR_CLAIM_SUB_MISMATCH')

  const aud = payload.aud
  if (aud === undefined) {
    if (expected.aud !== undefined || required.has('aud'))
      add('aud', fail('ERR_CLAIM_MISSING', { claim: 'aud' }))
  } else if (!(
    typeof aud === 'string' ||
    (Array.isArray(aud) && aud.every((a) => typeof a === 'string'))
  )) {
    add('aud', fail('ERR_CLAIM_INVALID_TYPE', { claim: 'aud', expected: 'string | string[]' }))
  } else if (expected.aud !== undefined) {
    const have = asList(aud as string | string[])
    const ok = asList(expected.aud).some((a) => have.includes(a))
    add(
      'aud',
      ok
        ? null
        : fail('ERR_CLAIM_AUD_MISMATCH', {
            claim: 'aud',
            expected: asList(expected.aud).join(', '),
            actual: have.join(', '),
          }),
    )
  } else add('aud')

  if (required.has('jti') && payload.jti === undefined)
    add('jti', fail('ERR_CLAIM_MISSING', { claim: 'jti' }))

  if (expected.typ !== undefined) {
    const typ = header.typ
    if (typeof typ !== 'string') add('typ', fail('ERR_CLAIM_MISSING', { claim: 'typ' }))
    else if (normalizeTyp(typ) !== normalizeTyp(expected.typ))
      add(
        'typ',
        fail('ERR_CLAIM_TYP_MISMATCH', { claim: 'typ', expected: expected.typ, actual: typ }),
      )
    else add('typ')
  }

  const failures = checks.flatMap((c) => (c.failure ? [c.failure] : []))
  return { ok: failures.length === 0, now, checks, failures }
}
