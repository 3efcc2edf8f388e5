/** @module rsa — sanity checks on RSA public keys before they are trusted. */
import { decodeBase64url } from './base64url'
import { fail, type JwtFailure } from './errors'

/** RSA keys below this many bits are refused (RFC 7518 §3.3 requires 2048). */
export const MIN_RSA_BITS = 2048

function toBigInt(bytes: Uint8Array): bigint {
  let n = 0n
  for (const b of bytes) n = (n << 8n) | BigInt(b)
  return n
}

function bitLength(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length && bytes[i] === 0) i++
  if (i === bytes.length) return 0
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i]!))
}

// The ROCA fingerprint (CVE-2017-15361): Infineon's generator made every modulus N satisfy
// "N mod p is a power of 65537 mod p" for all these small primes; a random N almost never does.
const ROCA_PRIMES = [
  3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101,
  103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167,
]
const ROCA_POWERS = ROCA_PRIMES.map((p) => {
  const powers = new Set<number>()
  let x = 1
  do {
    powers.add(x)
    x = (x * (65537 % p)) % p
  } while (!powers.has(x))
  return powers
})

/**
 * True when the modulus carries the ROCA fingerprint, i.e. it was made by the vulnerable
 * Infineon library and its private key can be recovered.
 *
 * @example
 * hasRocaFingerprint(modulusBytes) // => false for a key from any sound generator
 */
export function hasRocaFingerprint(modulus: Uint8Array): boolean {
  const n = toBigInt(modulus)
  return ROCA_PRIMES.every((p, i) => ROCA_POWERS[i]!.has(Number(n % BigInt(p))))
}

/**
 * Checks an RSA JWK's `n` and `e`: at least {@link MIN_RSA_BITS} bits, an odd exponent of
 * at least 3 (e = 1 makes "signatures" trivially forgeable), and no ROCA fingerprint.
 *
 * @example
 * checkRsaPublicKey({ n: '...', e: 'AQAB' }) // => null when the key is fine
 */
export function checkRsaPublicKey(jwk: { n?: unknown; e?: unknown }): JwtFailure | null {
  if (typeof jwk.n !== 'string' || typeof jwk.e !== 'string')
    return fail('ERR_JWK_INVALID', { reason: 'rsa-parameters' })
  const n = decodeBase64url(jwk.n)
  const e = decodeBase64url(jwk.e)
  if (!n.ok || !e.ok) return fail('ERR_JWK_INVALID', { reason: 'rsa-parameters' })
  const bits = bitLength(n.bytes)
  if (bits < MIN_RSA_BITS) return fail('ERR_KEY_TOO_SMALL', { size: bits, limit: MIN_RSA_BITS })
  const exponent = toBigInt(e.bytes)
  if (exponent < 3n || exponent % 2n === 0n)
    return fail('ERR_KEY_RSA_EXPONENT', { actual: exponent.toString() })
  if (hasRocaFingerprint(n.bytes)) return fail('ERR_KEY_ROCA')
  return null
}
