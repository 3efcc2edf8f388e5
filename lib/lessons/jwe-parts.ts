/**
 * @module jwe-parts — a compact JWE split into its five named parts (RFC 7516 §7.1), each with
 * its size in bytes and, for the protected header alone, the text anyone can read. Pure, for the
 * jws-vs-jwe lesson's widget, which shows what an onlooker sees of an encrypted token.
 */
import { decodeSegmentText } from '@/lib/jwt/segment'

export const JWE_PART_NAMES = ['protected', 'encryptedKey', 'iv', 'ciphertext', 'tag'] as const
export type JwePartName = (typeof JWE_PART_NAMES)[number]

export interface JwePart {
  name: JwePartName
  /** The part as it appears in the token (base64url). */
  text: string
  /** The bytes it encodes: base64url carries 6 bits a character. */
  bytes: number
  /** The decoded text, for the protected header only: the other parts are opaque. */
  readable?: string
}

/**
 * The five parts of a compact JWE, or null when `token` does not have five.
 *
 * @example
 * jweParts('eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA')?.[0]
 * // => { name: 'protected', text: 'eyJhbGciOi…', bytes: 29, readable: '{"alg":"dir","enc":"A256GCM"}' }
 */
export function jweParts(token: string): JwePart[] | null {
  const texts = token.split('.')
  if (texts.length !== JWE_PART_NAMES.length) return null
  return JWE_PART_NAMES.map((name, index) => {
    const text = texts[index] ?? ''
    const part: JwePart = { name, text, bytes: Math.floor((text.length * 3) / 4) }
    if (name === 'protected') part.readable = decodeSegmentText(text)
    return part
  })
}
