/**
 * @module jwe-algorithms — the JWE key-management (`alg`) and content-encryption (`enc`)
 * algorithms the playground decrypts and encrypts (RFC 7518 §4 and §5, RFC 8037 for X25519),
 * what key each one needs, and the limits it enforces. Pure: no jose.
 */

/** Key management algorithms that can be decrypted and encrypted here. */
export const JWE_ALGORITHMS = [
  'dir',
  'A128KW',
  'A192KW',
  'A256KW',
  'A128GCMKW',
  'A192GCMKW',
  'A256GCMKW',
  'RSA-OAEP',
  'RSA-OAEP-256',
  'ECDH-ES',
  'ECDH-ES+A128KW',
  'ECDH-ES+A192KW',
  'ECDH-ES+A256KW',
  'PBES2-HS256+A128KW',
  'PBES2-HS384+A192KW',
  'PBES2-HS512+A256KW',
] as const
export type JweAlgorithm = (typeof JWE_ALGORITHMS)[number]

/**
 * Refused on purpose: RSA1_5 (RSAES-PKCS1-v1_5) lets whoever can tell a padding error from
 * another error decrypt the key, a few thousand queries at a time (Bleichenbacher, 1998).
 */
export const REFUSED_JWE_ALGORITHMS = ['RSA1_5'] as const

/** Content encryption algorithms. */
export const JWE_ENCRYPTIONS = [
  'A128GCM',
  'A192GCM',
  'A256GCM',
  'A128CBC-HS256',
  'A192CBC-HS384',
  'A256CBC-HS512',
] as const
export type JweEncryption = (typeof JWE_ENCRYPTIONS)[number]

/** The curves ECDH-ES runs on here. */
export const ECDH_CURVES = ['P-256', 'P-384', 'P-521', 'X25519'] as const
export type EcdhCurve = (typeof ECDH_CURVES)[number]

/** What a key-management algorithm needs from the learner. */
export type JweKeyKind = 'secret' | 'rsa' | 'ecdh' | 'password'

/**
 * The largest PBES2 iteration count (`p2c`) decrypted here: 1,000,000. The count is chosen by
 * whoever made the token, and every iteration costs the decrypting side: a token with
 * `p2c: 2147483647` would keep a page (or a server) busy for minutes, a denial of service.
 * 1,000,000 is above today's advice (OWASP: 600,000 for PBKDF2-HMAC-SHA256) and takes about a
 * second here; jose's own default for servers is 10,000.
 */
export const MAX_PBES2_COUNT = 1_000_000

/** The PBES2 iteration count used to encrypt when none is given: OWASP's advice for PBKDF2. */
export const DEFAULT_PBES2_COUNT = 600_000

/** The smallest PBES2 salt input (`p2s`) accepted, in bytes (RFC 7518 §4.8.1.1). */
export const MIN_PBES2_SALT_BYTES = 8

/** The largest decompressed plaintext of a `zip: DEF` token, in bytes (a zip bomb stops here). */
export const MAX_INFLATED_BYTES = 1024 * 1024

/** True for an `alg` this playground decrypts. @example isJweAlgorithm('dir') // => true */
export function isJweAlgorithm(alg: unknown): alg is JweAlgorithm {
  return typeof alg === 'string' && (JWE_ALGORITHMS as readonly string[]).includes(alg)
}

/** True for an `enc` this playground decrypts. @example isJweEncryption('A256GCM') // => true */
export function isJweEncryption(enc: unknown): enc is JweEncryption {
  return typeof enc === 'string' && (JWE_ENCRYPTIONS as readonly string[]).includes(enc)
}

/** True for RSA1_5 and any other algorithm refused on purpose. */
export function isRefusedJweAlgorithm(alg: unknown): boolean {
  return typeof alg === 'string' && (REFUSED_JWE_ALGORITHMS as readonly string[]).includes(alg)
}

/**
 * The kind of key an `alg` takes: a shared secret, an RSA key, an EC/X25519 key or a password.
 *
 * @example jweKeyKind('ECDH-ES+A128KW') // => 'ecdh'
 */
export function jweKeyKind(alg: JweAlgorithm): JweKeyKind {
  if (alg.startsWith('RSA')) return 'rsa'
  if (alg.startsWith('ECDH')) return 'ecdh'
  if (alg.startsWith('PBES2')) return 'password'
  return 'secret'
}

/**
 * The content-encryption key length of an `enc`, in bytes (CBC-HMAC keys hold both halves).
 *
 * @example cekBytes('A128CBC-HS256') // => 32
 */
export function cekBytes(enc: JweEncryption): number {
  const bits = Number(/\d+/.exec(enc.endsWith('GCM') ? enc : enc.split('-')[1]!)![0])
  return bits / 8
}

/** The IV length an `enc` uses, in bytes: 12 for GCM, 16 for CBC. */
export function ivBytes(enc: JweEncryption): number {
  return enc.endsWith('GCM') ? 12 : 16
}

/** The authentication tag length of an `enc`, in bytes: 16 for GCM, half the key for CBC. */
export function tagBytes(enc: JweEncryption): number {
  return enc.endsWith('GCM') ? 16 : cekBytes(enc) / 2
}

/**
 * The length of the shared secret an `alg` takes, in bytes: the key-wrapping key for KW and
 * GCMKW, the content key itself for `dir`; undefined for the others.
 *
 * @example secretBytesFor('dir', 'A256GCM') // => 32
 */
export function secretBytesFor(alg: JweAlgorithm, enc: JweEncryption): number | undefined {
  if (alg === 'dir') return cekBytes(enc)
  if (jweKeyKind(alg) !== 'secret') return undefined
  return Number(/\d+/.exec(alg)![0]) / 8
}

/**
 * The encrypted key length a well-formed token has, in bytes, when it can be known from the
 * header alone: empty for `dir` and `ECDH-ES` (the key is agreed, not sent), the content key
 * plus 8 for AES key wrap, the content key for GCM key wrap.
 *
 * @example encryptedKeyBytes('A128KW', 'A128GCM') // => 24
 */
export function encryptedKeyBytes(alg: JweAlgorithm, enc: JweEncryption): number | undefined {
  if (alg === 'dir' || alg === 'ECDH-ES') return 0
  if (alg.endsWith('GCMKW')) return cekBytes(enc)
  if (alg.endsWith('KW')) return cekBytes(enc) + 8
  return undefined
}
