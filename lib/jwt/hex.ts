/** @module hex — bytes as hex text and back (secrets, raw signatures, undecodable payloads). */

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
