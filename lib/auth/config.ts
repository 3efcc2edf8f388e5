import 'server-only'

/** @module Fixed settings of the demo auth server, in one place. */
import type { SigningAlg } from '@/lib/contract'

// What clients must agree on lives in the contract module; re-exported for the server's code.
export {
  ACCEPTED_TOKEN_ALGS,
  ACCESS_TOKEN_TYPE,
  LEGACY_ALG_NAMES,
  PREVIOUS_REFRESH_COOKIE,
  PREVIOUS_REFRESH_COOKIE_MAX_AGE_S,
  REFRESH_COOKIE,
  SIGNING_ALGS,
  signingAlgFor,
} from '@/lib/contract'

export const DEFAULT_SIGNING_ALG: SigningAlg = 'ES256'

/** The `aud` of every access token: the API of this site (RFC 9068 §3). */
export const ACCESS_TOKEN_AUDIENCE = 'jwt-playground-api'
/** RFC 9068 §2.2 requires `client_id`; the demo page is the only client. */
export const ACCESS_TOKEN_CLIENT_ID = 'jwt-playground-demo'

/** Access-token lifetime in seconds: 5 minutes by default; a client may only ask for shorter. */
export const ACCESS_TOKEN_TTL = { default: 300, min: 10, max: 300 } as const
/** Leeway for clocks that disagree a little, in seconds. */
export const CLOCK_TOLERANCE_S = 5

/** A refresh token lives a day; the family (the session) at most a week, whatever the rotations. */
export const REFRESH_TOKEN_TTL_S = 24 * 60 * 60
export const REFRESH_FAMILY_TTL_S = 7 * 24 * 60 * 60

/**
 * A retired key stays published (and accepted) this long after retirement: the longest access
 * token it may have signed just before, plus clock leeway.
 */
export const RETIRED_KEY_GRACE_S = ACCESS_TOKEN_TTL.max + CLOCK_TOLERANCE_S + 60

/** OWASP's argon2id minimum: 19 MiB, 2 iterations, 1 lane (about 90 ms a hash on this machine). */
export const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const

export const PASSWORD_MIN_LENGTH = 8
export const PASSWORD_MAX_LENGTH = 128

function envInt(name: string, fallback: number): number {
  const value = Number(process.env[name])
  return Number.isInteger(value) && value > 0 ? value : fallback
}

/**
 * Per-address limits (lib/auth/rate-limit), read when first used. The env overrides exist for
 * tests and for anyone running a shared instance.
 */
export function loginLimits() {
  return {
    /** Login attempts per client address (IPv6: per /64), any outcome, per window. */
    perIp: envInt('LOGIN_LIMIT_PER_IP', 30),
    windowSeconds: envInt('LOGIN_LIMIT_WINDOW_S', 15 * 60),
    /** Registrations per client address per window (each costs an argon2 hash). */
    registerPerIp: envInt('REGISTER_LIMIT_PER_IP', 10),
  }
}

/**
 * Progressive delays per account (lib/auth/login-throttle), OWASP's alternative to locking an
 * account: the first `freeAttempts` attempts go through at once; after that each attempt let
 * through makes the next one wait twice as long, from 1 s up to `maxDelayMs`. A success clears
 * it; so do `windowMs` without attempts. Delays, not a lock: the owner waits a minute at most.
 */
export function loginThrottlePolicy() {
  return {
    freeAttempts: envInt('LOGIN_LIMIT_PER_ACCOUNT', 5),
    baseDelayMs: 1000,
    maxDelayMs: envInt('LOGIN_MAX_DELAY_S', 60) * 1000,
    windowMs: envInt('LOGIN_LIMIT_WINDOW_S', 15 * 60) * 1000,
  }
}
