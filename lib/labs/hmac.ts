/**
 * @module HS256 for the labs' verifiers, on node:crypto: unlike Web Crypto it takes an empty key
 * (the kid-traversal lab's /dev/null), which HMAC defines: the key is zero-padded to 64 bytes, so
 * an empty key and a single zero byte (base64url `AA`) sign alike.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import type { LabJws } from './jws'

/** True when the token's signature is HMAC-SHA256 of its signing input under `key`. */
export function hmacMatches(jws: LabJws, key: string | Uint8Array): boolean {
  const expected = createHmac('sha256', typeof key === 'string' ? Buffer.from(key, 'utf8') : key)
    .update(jws.signingInput)
    .digest()
  return expected.length === jws.signature.length && timingSafeEqual(expected, jws.signature)
}
