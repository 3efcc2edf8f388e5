/**
 * @module What the demo server signs and what its clients may ask for: the signing algorithms
 * and the access-token type. No `server-only`: the demo page's forms import it too.
 */

/** The algorithms the demo server signs access tokens with; a login may pick one. */
export const SIGNING_ALGS = ['ES256', 'EdDSA', 'HS256'] as const
export type SigningAlg = (typeof SIGNING_ALGS)[number]

/** The `typ` header of every access token (RFC 9068 §2.1). */
export const ACCESS_TOKEN_TYPE = 'at+jwt'
