/** @module base64url — strict base64url (RFC 4648 §5, no padding) as JWS requires it. */

/** Why a base64url text was refused. */
export type Base64urlReason = 'character' | 'whitespace' | 'padding' | 'length' | 'unusedBits'

/** The outcome of {@link decodeBase64url}. */
export type Base64urlResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: Base64urlReason; at: number; char?: string; hint?: 'base64' }

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const VALUES = new Int16Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c
}

/**
 * Decodes base64url strictly: only `[A-Za-z0-9_-]`, no `=` padding, no length ≡ 1 (mod 4),
 * and no non-zero bits in the last character's unused part (so every byte string has exactly
 * one encoding). `at` is the offset of the problem inside `text`.
 *
 * @example
 * decodeBase64url('Zm9v') // => { ok: true, bytes: Uint8Array [102, 111, 111] }
 * decodeBase64url('Zm9v+') // => { ok: false, reason: 'character', at: 4, char: '+', hint: 'base64' }
 */
export function decodeBase64url(text: string): Base64urlResult {
  const length = text.length
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i)
    if (code < 128 && VALUES[code]! >= 0) continue
    const char = String.fromCodePoint(text.codePointAt(i)!)
    if (code === 0x3d) return { ok: false, reason: 'padding', at: i, char, hint: 'base64' }
    if (code === 0x2b || code === 0x2f)
      return { ok: false, reason: 'character', at: i, char, hint: 'base64' }
    if (isWhitespace(code)) return { ok: false, reason: 'whitespace', at: i, char }
    return { ok: false, reason: 'character', at: i, char }
  }
  const rest = length % 4
  if (rest === 1) return { ok: false, reason: 'length', at: length }
  if (rest !== 0) {
    const last = VALUES[text.charCodeAt(length - 1)]!
    const unusedMask = rest === 2 ? 0x0f : 0x03
    if ((last & unusedMask) !== 0) return { ok: false, reason: 'unusedBits', at: length - 1 }
  }
  const bytes = new Uint8Array(Math.floor((length * 3) / 4))
  let out = 0
  let i = 0
  for (; i + 4 <= length; i += 4) {
    const n =
      (VALUES[text.charCodeAt(i)]! << 18) |
      (VALUES[text.charCodeAt(i + 1)]! << 12) |
      (VALUES[text.charCodeAt(i + 2)]! << 6) |
      VALUES[text.charCodeAt(i + 3)]!
    bytes[out++] = n >> 16
    bytes[out++] = (n >> 8) & 0xff
    bytes[out++] = n & 0xff
  }
  if (rest === 2) {
    const n = (VALUES[text.charCodeAt(i)]! << 18) | (VALUES[text.charCodeAt(i + 1)]! << 12)
    bytes[out++] = n >> 16
  } else if (rest === 3) {
    const n =
      (VALUES[text.charCodeAt(i)]! << 18) |
      (VALUES[text.charCodeAt(i + 1)]! << 12) |
      (VALUES[text.charCodeAt(i + 2)]! << 6)
    bytes[out++] = n >> 16
    bytes[out++] = (n >> 8) & 0xff
  }
  return { ok: true, bytes }
}

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

/**
 * Formats bytes as lowercase hex, at most `max` bytes, then `…`; `separator` goes between bytes.
 *
 * @example
 * toHex(new Uint8Array([0xc3, 0x28])) // => 'c3 28'
 * toHex(new Uint8Array([0xc3, 0x28]), Infinity, '') // => 'c328'
 */
export function toHex(bytes: Uint8Array, max = Infinity, separator = ' '): string {
  const shown = bytes.length > max ? bytes.subarray(0, max) : bytes
  const parts: string[] = []
  for (const byte of shown) parts.push(byte.toString(16).padStart(2, '0'))
  return parts.join(separator) + (bytes.length > max ? `${separator || ' '}…` : '')
}

/**
 * Decodes standard, padded base64 (PEM bodies) with the same strict decoder; null when it is
 * not canonical base64.
 *
 * @example
 * decodeBase64('Zm8=') // => Uint8Array [102, 111]
 */
export function decodeBase64(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null
  const result = decodeBase64url(text.replace(/=+$/, '').replaceAll('+', '-').replaceAll('/', '_'))
  return result.ok ? result.bytes : null
}

/**
 * Encodes bytes as standard, padded base64 (PEM bodies).
 *
 * @example
 * encodeBase64(new Uint8Array([102, 111])) // => 'Zm8='
 */
export function encodeBase64(bytes: Uint8Array): string {
  const url = encodeBase64url(bytes).replaceAll('-', '+').replaceAll('_', '/')
  return url + '='.repeat((4 - (url.length % 4)) % 4)
}

/**
 * Decodes a hex string (spaces and colons allowed between bytes) to bytes, or null.
 *
 * @example
 * fromHex('de:ad be ef') // => Uint8Array [222, 173, 190, 239]
 */
export function fromHex(text: string): Uint8Array | null {
  const clean = text.replace(/[\s:]/g, '').replace(/^0x/i, '')
  if (clean.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(clean)) return null
  const bytes = new Uint8Array(clean.length / 2)
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16)
  return bytes
}
