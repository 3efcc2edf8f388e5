/** @module Random ids and flags for lab instances. */
import { encodeBase64url } from '@/lib/jwt'

/** `bytes` random bytes as base64url: 16 bytes make the 22-character instance ids. */
export function randomId(bytes = 16): string {
  return encodeBase64url(crypto.getRandomValues(new Uint8Array(bytes)))
}

/** The flag an instance hands out once solved: unguessable, and naming its lab. */
export function newFlag(slug: string): string {
  return `JWTPG{${slug}:${randomId(12)}}`
}
