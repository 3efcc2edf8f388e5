/**
 * @module The checks every hardened verifier makes (RFC 8725): jose verifies the signature with
 * the server's own key, the algorithm comes from an allow-list (never from the header alone),
 * and issuer, audience, expiry and the instance claim must be there and right.
 */
import { errors, jwtVerify, type CryptoKey } from 'jose'
import type { JsonObject } from '@/lib/jwt'
import { labIssuer, type LabSlug } from './catalog'
import type { LabJws } from './jws'
import { accept, refuse, type Verdict } from './verdict'

/**
 * Verifies `jws` with the server's `key`, accepting only `algorithms`; a refusal names its cause.
 *
 * @example await verifyPinned(jws, lab.publicKey, { slug: 'algorithm-confusion', algorithms: ['RS256'] })
 */
export async function verifyPinned(
  jws: LabJws,
  key: CryptoKey | string,
  pin: { slug: LabSlug; algorithms: readonly string[] },
): Promise<Verdict> {
  const keyBytes = typeof key === 'string' ? new TextEncoder().encode(key) : key
  try {
    const { payload } = await jwtVerify(jws.token, keyBytes, {
      algorithms: [...pin.algorithms],
      issuer: labIssuer(pin.slug),
      audience: pin.slug,
      requiredClaims: ['sid', 'exp', 'iat'],
    })
    return accept(payload as JsonObject)
  } catch (error) {
    return joseRefusal(error, pin.algorithms)
  }
}

/** jose's errors, as lab codes. */
function joseRefusal(error: unknown, algorithms: readonly string[]): Verdict {
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return refuse('LAB_ALG_NOT_ALLOWED', `Only ${algorithms.join(', ')} is accepted here.`)
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return refuse('LAB_SIGNATURE_INVALID', 'The signature does not verify with the server’s key.')
  }
  if (error instanceof errors.JWTExpired) {
    return refuse('LAB_TOKEN_EXPIRED', 'The token’s exp is in the past.')
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return refuse('LAB_CLAIM_INVALID', `The "${error.claim}" claim ${error.reason}.`)
  }
  return refuse('LAB_TOKEN_MALFORMED', 'The token is not a JWS jose can read.')
}
