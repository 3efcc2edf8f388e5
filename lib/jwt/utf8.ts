/** @module utf8 — strict UTF-8 decoding that reports where the bytes go wrong. */

/** The outcome of {@link decodeUtf8}. */
export type Utf8Result = { ok: true; text: string } | { ok: false; at: number }

const fatalDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * Finds the offset of the first byte that is not part of a well-formed UTF-8 sequence
 * (overlong forms, surrogates and code points above U+10FFFF count as invalid), or -1.
 *
 * @example
 * firstInvalidUtf8Byte(new Uint8Array([0x61, 0xc3, 0x28])) // => 1
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let min: number
    let max = 0xbf
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1
      min = 0x80
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      min = b === 0xe0 ? 0xa0 : 0x80
      if (b === 0xed) max = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      min = b === 0xf0 ? 0x90 : 0x80
      if (b === 0xf4) max = 0x8f
    } else return i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined) return i
      const lo = k === 1 ? min : 0x80
      const hi = k === 1 ? max : 0xbf
      if (c < lo || c > hi) return i
    }
    i += need + 1
  }
  return -1
}

/**
 * Decodes UTF-8 strictly: invalid bytes are an error with their offset, never U+FFFD.
 *
 * @example
 * decodeUtf8(new Uint8Array([0x68, 0x69])) // => { ok: true, text: 'hi' }
 * decodeUtf8(new Uint8Array([0xff])) // => { ok: false, at: 0 }
 */
export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  try {
    return { ok: true, text: fatalDecoder.decode(bytes) }
  } catch {
    return { ok: false, at: Math.max(0, firstInvalidUtf8Byte(bytes)) }
  }
}
