import { errors } from 'jose'
import { joseFailure } from '@/lib/jwt/jose-errors'

describe('joseFailure', () => {
  it('names each claim jose refused with the code lib/jwt uses for it', () => {
    const refused = (claim: string, reason: string) =>
      joseFailure(new errors.JWTClaimValidationFailed('failed', {}, claim, reason))?.code
    expect(refused('exp', 'missing')).toBe('ERR_CLAIM_MISSING')
    expect(refused('iss', 'check_failed')).toBe('ERR_CLAIM_ISS_MISMATCH')
    expect(refused('aud', 'check_failed')).toBe('ERR_CLAIM_AUD_MISMATCH')
    expect(refused('typ', 'check_failed')).toBe('ERR_CLAIM_TYP_MISMATCH')
    expect(refused('nbf', 'check_failed')).toBe('ERR_CLAIM_NOT_YET_VALID')
    expect(refused('client_id', 'check_failed')).toBe('ERR_CLAIM_INVALID_TYPE')
    expect(joseFailure(new errors.JWTExpired('expired', {}))).toMatchObject({
      code: 'ERR_CLAIM_EXPIRED',
      claim: 'exp',
    })
  })

  it('keeps the algorithm with signature failures and knows nothing of other errors', () => {
    expect(joseFailure(new errors.JWSSignatureVerificationFailed(), 'ES256')).toEqual({
      ok: false,
      code: 'ERR_SIGNATURE_INVALID',
      alg: 'ES256',
    })
    expect(joseFailure(new errors.JOSENotSupported('Extension Header Parameter "x"'))?.code).toBe(
      'ERR_CRIT_UNSUPPORTED',
    )
    expect(
      joseFailure(new errors.JWSInvalid('Failed to base64url decode the signature')),
    ).toMatchObject({ code: 'ERR_SEGMENT_BASE64', segment: 'signature' })
    expect(joseFailure(new RangeError('not from jose'))).toBeUndefined()
  })
})
