/**
 * @module vocabulary — the names the whole site shares for keys and claims, declared once: how a
 * secret is written, what a public key text is, and which claims are times. The algorithm names
 * (and the EdDSA / Ed25519 alias) live in lib/jwt/algorithms.
 */

/** How an HMAC secret is written in a text field. */
export const SECRET_ENCODINGS = ['utf8', 'base64url', 'hex'] as const
export type SecretEncoding = (typeof SECRET_ENCODINGS)[number]

/** What a verification key text is; `auto` guesses (see detectKeyKind). */
export const PUBLIC_FORMATS = ['auto', 'pem', 'jwk', 'jwks'] as const
export type PublicFormat = (typeof PUBLIC_FORMATS)[number]

/** The concrete kind of a key text, once `auto` is resolved. */
export type KeyKind = 'secret' | Exclude<PublicFormat, 'auto'>

/** Claims whose value is a NumericDate (RFC 7519 §2; OIDC adds `auth_time`, `updated_at`). */
export const TIME_CLAIMS = ['exp', 'nbf', 'iat', 'auth_time', 'updated_at'] as const
export type TimeClaim = (typeof TIME_CLAIMS)[number]

/**
 * True for the claims whose value is a time.
 *
 * @example isTimeClaim('exp') // => true
 */
export function isTimeClaim(claim: string): claim is TimeClaim {
  return (TIME_CLAIMS as readonly string[]).includes(claim)
}
