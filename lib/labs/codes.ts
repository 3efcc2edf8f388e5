/**
 * @module Every problem `code` a lab route answers with, its HTTP status and its English title.
 * Kept stable: the lab pages explain each code in both languages (content/messages, `Labs`),
 * and tests assert codes, not strings. Besides these, the HTTP layer may answer a lab request
 * with one of lib/http's own codes (see HTTP_LAYER_CODES below).
 */

export const LAB_ERRORS = {
  // Reaching a lab
  /** No lab has this slug: /api/labs/<slug>/… with a slug the catalogue does not list. */
  LAB_UNKNOWN: { status: 404, title: 'There is no such lab' },
  /** `?verifier=` is neither absent (the vulnerable server) nor `hardened`. */
  LAB_VERIFIER_UNKNOWN: { status: 400, title: 'Unknown verifier' },
  /** jwks.json or public.pem without `?sid=<instance id>`, or with a malformed one. */
  LAB_INSTANCE_MISSING: { status: 400, title: 'Say which lab instance' },
  /** The token's `sid` (or the `?sid=`) names no live instance: never started, or evicted. */
  LAB_INSTANCE_UNKNOWN: { status: 401, title: 'Unknown lab instance' },
  /** The instance the token names has expired: start the lab again. */
  LAB_INSTANCE_EXPIRED: { status: 401, title: 'This lab instance has expired' },
  /** This lab has no public keys to publish (it signs with a shared secret). */
  LAB_NO_PUBLIC_KEYS: { status: 404, title: 'This lab publishes no public keys' },
  /** Too many lab requests from this address; `Retry-After` says when to try again. */
  LAB_RATE_LIMITED: { status: 429, title: 'Too many lab requests' },

  // Reading the token
  /** No `Authorization: Bearer <token>` header (or another scheme, or an empty token). */
  LAB_TOKEN_MISSING: { status: 401, title: 'No token' },
  /** The Authorization header is over 8 KB. */
  LAB_TOKEN_TOO_LARGE: { status: 431, title: 'The token is too large' },
  /** Not a compact JWS: three base64url segments whose header and payload are JSON objects. */
  LAB_TOKEN_MALFORMED: { status: 401, title: 'The token is malformed' },

  // What a verifier refuses (all 401)
  /** The signature does not match the token under the key the server used. */
  LAB_SIGNATURE_INVALID: { status: 401, title: 'The signature is invalid' },
  /** The header's `alg` is not on the verifier's allow-list (`none` in any case, HS256 on an RSA key…). */
  LAB_ALG_NOT_ALLOWED: { status: 401, title: 'The algorithm is not allowed' },
  /** The header carries its own `jwk`, and the verifier does not take keys from the token. */
  LAB_EMBEDDED_JWK_REFUSED: { status: 401, title: 'The header carries its own key' },
  /** The header's `jku` is not the one key-set URL the verifier trusts. */
  LAB_JKU_NOT_ALLOWED: { status: 401, title: 'The key-set URL is not allowed' },
  /** The vulnerable verifier would fetch `jku`, but the lab only reaches its own exploit server. */
  LAB_JKU_UNREACHABLE: { status: 401, title: 'The key-set URL could not be loaded' },
  /** The `kid` names no key: no such file, no such row, no such key in the set. */
  LAB_KID_UNKNOWN: { status: 401, title: 'Unknown key id' },
  /** The key lookup by `kid` failed: the SQL the `kid` produced is not valid, or refused. */
  LAB_KID_LOOKUP_FAILED: { status: 401, title: 'The key lookup failed' },
  /** An ECDSA signature whose r or s is outside 1…n−1 (r = s = 0, the psychic signature). */
  LAB_ECDSA_SIGNATURE_INVALID: { status: 401, title: 'The ECDSA signature is out of range' },
  /** `exp` is in the past. */
  LAB_TOKEN_EXPIRED: { status: 401, title: 'The token has expired' },
  /** `iss`, `aud` or `sid` is missing or not what this lab issues. */
  LAB_CLAIM_INVALID: { status: 401, title: 'A required claim is missing or wrong' },

  // Accepted, but
  /** The verifier accepted the token, but its `role` is not `admin`. */
  LAB_NOT_ADMIN: { status: 403, title: 'You are not an admin' },

  // The exploit server
  /** The exploit-server id is not 8 to 64 characters of A–Z, a–z, 0–9, `_` and `-`. */
  LAB_EXPLOIT_ID_INVALID: { status: 400, title: 'Invalid exploit-server id' },
  /** The body is not a JWKS of public keys: `{ "keys": [ …1 to 10 public JWKs ] }`. */
  LAB_JWKS_INVALID: { status: 400, title: 'The body is not a JWKS of public keys' },
  /** Nothing is published at this exploit-server URL (never, or over an hour ago). */
  LAB_EXPLOIT_NOT_FOUND: { status: 404, title: 'Nothing is published here' },
} as const satisfies Record<string, { status: number; title: string }>

export type LabErrorCode = keyof typeof LAB_ERRORS

export const LAB_ERROR_CODES = Object.keys(LAB_ERRORS) as LabErrorCode[]

/**
 * lib/http's codes a lab route can answer with too, before any lab code runs: a wrong method
 * (405, with `Allow`), a path no route claims (404), a body that is too large (413), not JSON
 * (415, 400). Their titles are in lib/contract's API_ERRORS.
 */
export const HTTP_LAYER_CODES = [
  'METHOD_NOT_ALLOWED',
  'NOT_FOUND',
  'BODY_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'INVALID_JSON',
] as const

/** A verifier's refusal: a code a verifier may answer with, and a sentence for the learner. */
export type LabRefusal = { ok: false; code: LabErrorCode; detail: string }
