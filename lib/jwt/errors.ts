/** @module errors — the failed-result shape shared by every lib/jwt function. */
import type { ErrorCode, WarningCode } from './codes'

export { ERROR_CODES, WARNING_CODES } from './codes'
export type { ErrorCode, WarningCode } from './codes'

/** The parts of a compact token: three for a JWS, five for a JWE. */
export type SegmentName =
  'header' | 'payload' | 'signature' | 'encryptedKey' | 'iv' | 'ciphertext' | 'tag'

/**
 * Values that come with an error or warning. Which ones are set depends on the code; the
 * message catalogs use them as ICU placeholders (`{segment}`, `{at}`, `{claim}`...).
 */
export interface ProblemDetails {
  /** The token segment concerned. */
  segment?: SegmentName
  /** Offset in the input (token errors) or in the decoded text (JSON errors). */
  at?: number
  /** Short machine-readable reason, e.g. `character`, `padding`, `unusedBits`. */
  reason?: string
  /** `base64` when the text looks like standard base64 (`+`, `/`, `=`) rather than base64url. */
  hint?: string
  /** The offending character, if any. */
  char?: string
  /** Raw bytes as hex, shown instead of U+FFFD replacement characters. */
  hex?: string
  /** A segment's decoded text, when it is UTF-8 but not the JSON object it should be. */
  text?: string
  /** A claim or header parameter name. */
  claim?: string
  /** The JSON path of a value, e.g. `payload.user.name`. */
  path?: string
  /** The algorithm concerned. */
  alg?: string
  /** Algorithms that were allowed. */
  allowed?: string[]
  /** What was expected / found, as text. */
  expected?: string
  actual?: string
  /** A key id. */
  kid?: string
  /** A count (segments, matching keys...). */
  count?: number
  /** A size and its limit (bytes or bits, see the code). */
  size?: number
  limit?: number
  /** Seconds (lifetimes, how long ago a token expired...). */
  seconds?: number
  /** A PEM label such as `RSA PUBLIC KEY`. */
  label?: string
  /** Technical text from jose or the platform, English, for developers only. */
  detail?: string
}

/** A failed result. */
export interface JwtFailure extends ProblemDetails {
  ok: false
  code: ErrorCode
}

/** A warning attached to a result. */
export interface JwtWarning extends ProblemDetails {
  code: WarningCode
}

/**
 * Builds a failed result.
 *
 * @example
 * fail('ERR_SEGMENT_BASE64', { segment: 'payload', at: 17 })
 * // => { ok: false, code: 'ERR_SEGMENT_BASE64', segment: 'payload', at: 17 }
 */
export function fail(code: ErrorCode, details: ProblemDetails = {}): JwtFailure {
  return { ok: false, code, ...details }
}

/**
 * Builds a warning.
 *
 * @example
 * warn('WARN_ALG_NONE', { segment: 'header' }) // => { code: 'WARN_ALG_NONE', segment: 'header' }
 */
export function warn(code: WarningCode, details: ProblemDetails = {}): JwtWarning {
  return { code, ...details }
}

/**
 * Reads the message of anything thrown, for the developer-only `detail` field.
 *
 * @example
 * errorDetail(new TypeError('bad key')) // => 'TypeError: bad key'
 */
export function errorDetail(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`
  return String(error)
}
