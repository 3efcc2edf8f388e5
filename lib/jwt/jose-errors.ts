/**
 * @module jose-errors — the one place that knows what jose throws: its error classes mapped to
 * lib/jwt's stable codes. The playground's verifier and decrypter and the demo API's access-token
 * check all map through it (the API then maps these codes to its own, see
 * lib/auth/access-token.ts).
 */
import { errors } from 'jose'
import { errorDetail, fail, type JwtFailure } from './errors'
import { MAX_INFLATED_BYTES, type JweAlgorithm } from './jwe-algorithms'

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
    // "Failed to base64url decode the payload" / "… the signature": a malformed segment.
    const segment = /\b(payload|signature)\b/i.exec(detail)?.[1]?.toLowerCase()
    if (segment === 'payload' || (segment === 'signature' && /decode/i.test(detail)))
      return fail('ERR_SEGMENT_BASE64', { segment, detail })
    return fail('ERR_SIGNATURE_INVALID', { ...withAlg, detail })
  }
  // WebCrypto refuses a key of the wrong type for the algorithm with a TypeError.
  if (error instanceof TypeError) return fail('ERR_KEY_TYPE_MISMATCH', { ...withAlg, detail })
  return undefined
}

/**
 * What jose (or WebCrypto under it) threw while decrypting a JWE, as a lib/jwt failure. Never
 * undefined: whatever stops a decryption means the token cannot be opened with this key.
 *
 * @example joseJweFailure(new errors.JWEDecryptionFailed(), 'dir').code // => 'ERR_JWE_DECRYPTION_FAILED'
 */
export function joseJweFailure(error: unknown, alg: JweAlgorithm): JwtFailure {
  const detail = errorDetail(error)
  if (error instanceof errors.JWEDecryptionFailed)
    return fail('ERR_JWE_DECRYPTION_FAILED', { detail })
  if (error instanceof errors.JWEInvalid && /decompress/i.test(detail))
    return fail('ERR_JWE_INFLATE', {
      reason: /exceeded/.test(detail) ? 'limit' : 'data',
      limit: MAX_INFLATED_BYTES,
      detail,
    })
  if (
    (error instanceof errors.JOSENotSupported || error instanceof errors.JWEInvalid) &&
    /crit/i.test(detail)
  )
    return fail('ERR_CRIT_UNSUPPORTED', { detail })
  // A key of the right kind on another curve, or one WebCrypto refuses for this operation.
  if (error instanceof TypeError || error instanceof errors.JOSENotSupported)
    return fail('ERR_JWE_KEY_TYPE', { alg, reason: 'import', detail })
  // Anything else the platform throws mid-way (an ECDH point WebCrypto will not use...): the
  // token cannot be opened with this key, which is what the learner needs to know.
  return fail('ERR_JWE_DECRYPTION_FAILED', { reason: 'other', detail })
}
