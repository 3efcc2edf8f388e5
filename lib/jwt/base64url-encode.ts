/**
 * @module base64url-encode — the encoding half of lib/jwt/base64url. Turbopack bundles whole
 * modules, so each half has its own file: a leaf that only encodes (the lesson widgets' HS256)
 * does not ship the decoder, and one that only decodes (the demo page) not the encoder.
 */

import { ALPHABET } from './base64url-alphabet'

/**
 * Encodes bytes, or a string as UTF-8, to unpadded base64url.
 *
 * @example
 * encodeBase64url('{"alg":"HS256"}') // => 'eyJhbGciOiJIUzI1NiJ9'
 */
export function encodeBase64url(input: Uint8Array | string): string {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input
  let out = ''
  let i = 0
  for (; i + 3 <= bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!
    out +=
      ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!
  }
  const rest = bytes.length - i
  if (rest === 1) {
    const n = bytes[i]! << 16
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8)
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!
  }
  return out
}
