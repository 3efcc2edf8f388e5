/** @module algorithms — the JWS algorithms this playground supports, and what each needs. */

/** Every JWS algorithm that can be verified or signed. `Ed25519` is RFC 9864's name for EdDSA on Ed25519. */
export const SUPPORTED_ALGORITHMS = [
  'HS256',
  'HS384',
  'HS512',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
] as const

/** A supported JWS algorithm. */
export type JwsAlgorithm = (typeof SUPPORTED_ALGORITHMS)[number]

/** The algorithm families, as they choose a key type. */
export type AlgorithmFamily = 'HMAC' | 'RSA' | 'RSA-PSS' | 'ECDSA' | 'EdDSA'

/** What an algorithm needs from a key. */
export interface AlgorithmInfo {
  family: AlgorithmFamily
  /** JWK `kty` of a matching key. */
  kty: 'oct' | 'RSA' | 'EC' | 'OKP'
  /** Hash output in bytes (HMAC keys must be at least this long, RFC 7518 §3.2). */
  hashBytes: number
  /** `SHA-256` style hash name for WebCrypto. */
  hash: 'SHA-256' | 'SHA-384' | 'SHA-512'
  /** JWK `crv` for ECDSA / EdDSA. */
  crv?: 'P-256' | 'P-384' | 'P-521' | 'Ed25519'
}

const HASH = { 256: 'SHA-256', 384: 'SHA-384', 512: 'SHA-512' } as const

/** EdDSA's two names: `EdDSA` (RFC 8037) and `Ed25519`, RFC 9864's fully specified name. */
export const EDDSA_NAMES = ['EdDSA', 'Ed25519'] as const

/**
 * True for either name of EdDSA on Ed25519.
 *
 * @example isEdDsa('Ed25519') // => true
 */
export function isEdDsa(alg: unknown): boolean {
  return alg === 'EdDSA' || alg === 'Ed25519'
}

/**
 * True when two algorithm names mean the same algorithm (equal, or both names of EdDSA).
 *
 * @example sameAlgorithm('EdDSA', 'Ed25519') // => true
 */
export function sameAlgorithm(a: unknown, b: unknown): boolean {
  return a === b || (isEdDsa(a) && isEdDsa(b))
}

/**
 * The names a verifier allows for the picked `alg`: picking `EdDSA` allows both of its names
 * (a token may use RFC 9864's `Ed25519`); picking `Ed25519` allows only that name.
 *
 * @example allowListFor('EdDSA') // => ['EdDSA', 'Ed25519']
 */
export function allowListFor(alg: string): string[] {
  return alg === 'EdDSA' ? [...EDDSA_NAMES] : [alg]
}

/**
 * Describes a supported algorithm, or returns undefined for anything else (including `none`).
 *
 * @example
 * algorithmInfo('ES384') // => { family: 'ECDSA', kty: 'EC', hashBytes: 48, hash: 'SHA-384', crv: 'P-384' }
 */
export function algorithmInfo(alg: string): AlgorithmInfo | undefined {
  if (isEdDsa(alg))
    return { family: 'EdDSA', kty: 'OKP', hashBytes: 64, hash: 'SHA-512', crv: 'Ed25519' }
  const match = /^(HS|RS|PS|ES)(256|384|512)$/.exec(alg)
  if (!match) return undefined
  const bits = Number(match[2]) as 256 | 384 | 512
  const hash = HASH[bits]
  const hashBytes = bits / 8
  switch (match[1]) {
    case 'HS':
      return { family: 'HMAC', kty: 'oct', hashBytes, hash }
    case 'RS':
      return { family: 'RSA', kty: 'RSA', hashBytes, hash }
    case 'PS':
      return { family: 'RSA-PSS', kty: 'RSA', hashBytes, hash }
    default: {
      const crv = bits === 256 ? 'P-256' : bits === 384 ? 'P-384' : 'P-521'
      return { family: 'ECDSA', kty: 'EC', hashBytes, hash, crv }
    }
  }
}

/**
 * True when `alg` is one of {@link SUPPORTED_ALGORITHMS}.
 *
 * @example
 * isSupportedAlgorithm('RS256') // => true
 * isSupportedAlgorithm('none') // => false
 */
export function isSupportedAlgorithm(alg: unknown): alg is JwsAlgorithm {
  return typeof alg === 'string' && (SUPPORTED_ALGORITHMS as readonly string[]).includes(alg)
}

/**
 * True for any spelling of the `none` algorithm (`none`, `None`, `NONE`...), which attackers
 * vary to slip past case-sensitive checks.
 *
 * @example
 * isNoneAlgorithm('nOnE') // => true
 */
export function isNoneAlgorithm(alg: unknown): boolean {
  return typeof alg === 'string' && alg.toLowerCase() === 'none'
}
