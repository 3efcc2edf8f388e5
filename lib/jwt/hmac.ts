/**
 * @module hmac — HS256 on Web Crypto alone, for the lesson widgets: they sign and check fixed
 * demo tokens in the browser and at build time, and so ship a few hundred bytes instead of jose.
 * Everything else signs and verifies with `@/lib/jwt/crypto`.
 */
import { encodeBase64url } from './base64url-encode'

const encoder = new TextEncoder()

// `new Uint8Array(...)`: under jsdom, TextEncoder returns jsdom's Uint8Array, which Web Crypto
// implementations may refuse; a copy made here is always this realm's.
const bytesOf = (text: string) => new Uint8Array(encoder.encode(text))

/** HMAC-SHA256 of `input` under `secret`: the raw 32 bytes. */
export async function hmacSha256(secret: string, input: string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    'raw',
    bytesOf(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, bytesOf(input)))
}

/**
 * Signs an HS256 token from the exact header and payload texts given (no re-serialisation, so
 * the reader sees their own spacing reflected in the token).
 *
 * @example
 * await signHs256('{"alg":"HS256","typ":"JWT"}', '{"sub":"42"}', 'a-string-secret-at-least-256-bits-long')
 */
export async function signHs256(header: string, payload: string, secret: string): Promise<string> {
  const input = `${encodeBase64url(header)}.${encodeBase64url(payload)}`
  return `${input}.${encodeBase64url(await hmacSha256(secret, input))}`
}

/**
 * True when `token` is a three-part JWS whose HS256 signature matches `secret`. The signature is
 * compared in its encoded form: lib/jwt's base64url has exactly one encoding per byte string, and
 * comparing text spares the widgets the decoder. Not constant-time; these are public demo tokens.
 */
export async function verifyHs256(token: string, secret: string): Promise<boolean> {
  const parts = token.split('.')
  if (parts.length !== 3) return false
  try {
    return encodeBase64url(await hmacSha256(secret, `${parts[0]}.${parts[1]}`)) === parts[2]
  } catch {
    return false
  }
}
