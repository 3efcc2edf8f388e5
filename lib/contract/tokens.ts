/**
 * @module What the demo server signs and what its clients may ask for: the signing algorithms
 * and the access-token type. No `server-only`: the demo page's forms import it too.
 */

/**
 * The algorithms the demo server signs access tokens with; a login may pick one. `Ed25519` is
 * RFC 9864's fully specified name for EdDSA on the Ed25519 curve; the older, ambiguous `EdDSA`
 * (RFC 8037, any curve) is deprecated.
 */
export const SIGNING_ALGS = ['ES256', 'Ed25519', 'HS256'] as const
export type SigningAlg = (typeof SIGNING_ALGS)[number]

/**
 * Older names the server still understands, with the algorithm each means here: a token signed
 * before the rename (or by a learner's own code) says `EdDSA`, and a login may still ask for it.
 */
export const LEGACY_ALG_NAMES = { EdDSA: 'Ed25519' } as const satisfies Record<string, SigningAlg>
export type LegacyAlgName = keyof typeof LEGACY_ALG_NAMES

/** Every `alg` an access token may carry: the signing algorithms and their legacy names. */
export const ACCEPTED_TOKEN_ALGS = [...SIGNING_ALGS, 'EdDSA'] as const
export type AcceptedTokenAlg = (typeof ACCEPTED_TOKEN_ALGS)[number]

/**
 * The signing algorithm an accepted name means: itself, or what a legacy name stands for.
 *
 * @example signingAlgFor('EdDSA') // => 'Ed25519'
 */
export function signingAlgFor(alg: AcceptedTokenAlg): SigningAlg {
  return alg in LEGACY_ALG_NAMES ? LEGACY_ALG_NAMES[alg as LegacyAlgName] : (alg as SigningAlg)
}

/** The `typ` header of every access token (RFC 9068 §2.1). */
export const ACCESS_TOKEN_TYPE = 'at+jwt'
