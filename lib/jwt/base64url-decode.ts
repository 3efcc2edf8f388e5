/** @module base64url-decode — the strict decoding half of lib/jwt/base64url (see base64url-encode). */
import { ALPHABET } from './base64url-alphabet'

/** Why a base64url text was refused. */
export type Base64urlReason = 'character' | 'whitespace' | 'padding' | 'length' | 'unusedBits'

/** The outcome of {@link decodeBase64url}. */
export type Base64urlResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: Base64urlReason; at: number; char?: string; hint?: 'base64' }

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
