import { signHs256 } from '@/lib/jwt/hmac'
import { tamperPayload } from '@/lib/jwt'

const secret = 'a-string-secret-at-least-256-bits-long'

describe('tamperPayload', () => {
  it('changes exactly one character of the first value and keeps the signature', async () => {
    const token = await signHs256(
      '{"alg":"HS256","typ":"JWT"}',
      '{"sub":"42","role":"reader"}',
      secret,
    )
    const tampering = tamperPayload(token)!
    expect(tampering.before).toBe('"42"')
    expect(tampering.after).toBe('"43"')
    expect(tampering.payloadAfter).toBe('{"sub":"43","role":"reader"}')
    expect(tampering.token.split('.')[2]).toBe(token.split('.')[2])
  })
})
