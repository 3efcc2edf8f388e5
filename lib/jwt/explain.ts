/** @module explain — what each claim means, readable times, and the token's state. */
import type { JsonObject } from './json'
import { isTimeClaim } from './vocabulary'
import { isoDate, relativeTime, toNumericDate, type Instant, type RelativeTime } from './time'

/**
 * Claims with an explanation in the message catalogs (`Jwt.claims.<id>.name` and
 * `.description`): RFC 7519 registered claims, then common OpenID Connect ones.
 */
export const KNOWN_CLAIMS = {
  iss: 'registered',
  sub: 'registered',
  aud: 'registered',
  exp: 'registered',
  nbf: 'registered',
  iat: 'registered',
  jti: 'registered',
  name: 'oidc',
  given_name: 'oidc',
  family_name: 'oidc',
  nickname: 'oidc',
  preferred_username: 'oidc',
  email: 'oidc',
  email_verified: 'oidc',
  picture: 'oidc',
  locale: 'oidc',
  zoneinfo: 'oidc',
  updated_at: 'oidc',
  phone_number: 'oidc',
  auth_time: 'oidc',
  nonce: 'oidc',
  acr: 'oidc',
  amr: 'oidc',
  azp: 'oidc',
  at_hash: 'oidc',
  c_hash: 'oidc',
  sid: 'oidc',
  scope: 'oidc',
  client_id: 'oidc',
  roles: 'oidc',
} as const

/** A claim id that has a translation. */
export type KnownClaimId = keyof typeof KNOWN_CLAIMS

/** How a time claim reads. */
export interface ClaimTime {
  seconds: number
  /** Undefined when the number is beyond what a date can hold. */
  iso: string | undefined
  /** Relative to `now`: negative is in the past. */
  relative: RelativeTime
}

/** One claim, explained. */
export interface ClaimExplanation {
  claim: string
  /** The id to translate, or undefined for a custom claim. */
  id: KnownClaimId | undefined
  kind: 'registered' | 'oidc' | 'custom'
  value: unknown
  /** Set for time claims holding a finite number. */
  time?: ClaimTime
}

/**
 * Explains every claim of a payload: a stable id for the UI to translate, and for time
 * claims the seconds, ISO date and relative time at `now`.
 *
 * @example
 * explainClaims({ exp: 1300819380, role: 'admin' }, new Date('2011-03-22T18:40:00Z'))
 * // => [{ claim: 'exp', id: 'exp', kind: 'registered', value: 1300819380,
 * //       time: { seconds: 1300819380, iso: '2011-03-22T18:43:00.000Z', relative: { seconds: 180, value: 3, unit: 'minute' } } },
 * //     { claim: 'role', id: undefined, kind: 'custom', value: 'admin' }]
 */
export function explainClaims(payload: JsonObject, now?: Instant): ClaimExplanation[] {
  const at = toNumericDate(now)
  return Object.entries(payload).map(([claim, value]) => {
    const known = Object.hasOwn(KNOWN_CLAIMS, claim) ? (claim as KnownClaimId) : undefined
    const explanation: ClaimExplanation = {
      claim,
      id: known,
      kind: known ? KNOWN_CLAIMS[known] : 'custom',
      value,
    }
    if (isTimeClaim(claim) && typeof value === 'number' && Number.isFinite(value))
      explanation.time = { seconds: value, iso: isoDate(value), relative: relativeTime(value, at) }
    return explanation
  })
}

/** The state of a token's lifetime at a moment. */
export type TokenState =
  | { state: 'valid'; expiresIn?: RelativeTime }
  | { state: 'no-expiry' }
  | { state: 'not-yet-valid'; validIn: RelativeTime }
  | { state: 'expired'; expiredAgo: RelativeTime }
  | { state: 'invalid-time'; claim: 'exp' | 'nbf' }

/**
 * The token's lifetime state at `now` (with a clock tolerance in seconds): valid (with time
 * left), not yet valid, expired (with how long ago), no expiry, or an unusable exp / nbf.
 *
 * @example
 * tokenState({ exp: 1000 }, 1180 * 1000) // => { state: 'expired', expiredAgo: { seconds: -180, value: -3, unit: 'minute' } }
 */
export function tokenState(payload: JsonObject, now?: Instant, clockTolerance = 0): TokenState {
  const at = toNumericDate(now)
  const { exp, nbf } = payload
  const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
  if (exp !== undefined && !finite(exp)) return { state: 'invalid-time', claim: 'exp' }
  if (nbf !== undefined && !finite(nbf)) return { state: 'invalid-time', claim: 'nbf' }
  if (finite(nbf) && at + clockTolerance < nbf)
    return { state: 'not-yet-valid', validIn: relativeTime(nbf, at) }
  if (finite(exp) && at >= exp + clockTolerance)
    return { state: 'expired', expiredAgo: relativeTime(exp, at) }
  if (!finite(exp)) return { state: 'no-expiry' }
  return { state: 'valid', expiresIn: relativeTime(exp, at) }
}
