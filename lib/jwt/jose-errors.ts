/**
 * @module jose-errors — the one place that knows what jose throws: its error classes mapped to
 * lib/jwt's stable codes. The playground's verifier and the demo API's access-token check both
 * map through it (the API then maps these codes to its own, see lib/auth/access-token.ts).
 */
import { errors } from 'jose'
import { errorDetail, fail, type JwtFailure } from './errors'

const CLAIM_MISMATCH = {
  iss: 'ERR_CLAIM_ISS_MISMATCH',
  aud: 'ERR_CLAIM_AUD_MISMATCH',
  sub: 'ERR_CLAIM_SUB_MISMATCH',
  typ: 'ERR_CLAIM_TYP_MISMATCH',
  nbf: 'ERR_CLAIM_NOT_YET_VALID',
  // jose reports both an `iat` in the future and a token older than `maxTokenAge` on `iat`.
  iat: 'ERR_CLAIM_IAT_FUTURE',
} as const

/**
 * What a jose error means, as a lib/jwt failure (with jose's English text as `detail`); undefined
 * for anything jose did not throw on purpose, which callers treat as a fault of their own.
 *
 * @example
 * joseFailure(new errors.JWTExpired('"exp" claim timestamp check failed', {}))
 * // => { ok: false, code: 'ERR_CLAIM_EXPIRED', claim: 'exp', detail: '…' }
 */
export function joseFailure(error: unknown, alg?: string): JwtFailure | undefined {
  const detail = errorDetail(error)
  const withAlg = alg === undefined ? {} : { alg }
  if (error instanceof errors.JWTExpired) return fail('ERR_CLAIM_EXPIRED', { claim: 'exp', detail })
  if (error instanceof errors.JWTClaimValidationFailed) {
    const claim = error.claim
    if (error.reason === 'missing') return fail('ERR_CLAIM_MISSING', { claim, detail })
    const code = CLAIM_MISMATCH[claim as keyof typeof CLAIM_MISMATCH]
    return fail(code ?? 'ERR_CLAIM_INVALID_TYPE', { claim, detail })
  }
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return fail('ERR_SIGNATURE_INVALID', withAlg)
  if (error instanceof errors.JOSEAlgNotAllowed)
    return fail('ERR_ALG_NOT_ALLOWED', { ...withAlg, detail })
  if (error instanceof errors.JOSENotSupported) {
    if (/crit|Extension Header/i.test(detail)) return fail('ERR_CRIT_UNSUPPORTED', { detail })
    return fail('ERR_ALG_UNSUPPORTED', { ...withAlg, detail })
  }
  if (error instanceof errors.JWTInvalid) return fail('ERR_PAYLOAD_NOT_CLAIMS', { detail })
  if (error instanceof errors.JWSInvalid) {
    if (/crit|b64/i.test(detail)) return fail('ERR_CRIT_UNSUPPORTED', { detail })
    if (/payload/i.test(detail)) return fail('ERR_SEGMENT_BASE64', { segment: 'payload', detail })
    return fail('ERR_SIGNATURE_INVALID', { ...withAlg, detail })
  }
  // WebCrypto refuses a key of the wrong type for the algorithm with a TypeError.
  if (error instanceof TypeError) return fail('ERR_KEY_TYPE_MISMATCH', { ...withAlg, detail })
  return undefined
}
