import { decodeToken } from '@/lib/jwt/decode'
import { generateFor, signEdited, verifyToken } from '@/lib/playground/crypto-tasks'

const header = '{"alg":"HS256","typ":"JWT"}'
const payload = '{"sub":"42"}'
const secret = {
  kind: 'secret',
  value: 'a-teaching-secret-of-32-bytes!!!',
  encoding: 'utf8',
} as const

describe('signEdited', () => {
  it('signs the edited JSON with the key in hand', async () => {
    const signed = await signEdited(header, payload, secret, false, 'old')
    expect(signed.error).toBeNull()
    const verified = await verifyToken(signed.token!, { key: secret, algorithms: ['HS256'] })
    expect(verified.ok).toBe(true)
  })

  it('without a key, follows the JSON with the pasted token signature, and no error', async () => {
    const pasted = `Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.b2xkLXNpZ25hdHVyZQ`
    const signed = await signEdited(header, payload, null, false, pasted)
    expect(signed.error).toBeNull()
    expect(signed.token!.split('.')[2]).toBe('b2xkLXNpZ25hdHVyZQ')
    const decoded = decodeToken(signed.token!)
    expect(decoded.ok && decoded.kind === 'jws' && decoded.payload).toMatchObject({
      value: { sub: '42' },
    })
  })

  it('says why a key cannot sign', async () => {
    const wrong = { kind: 'auto', value: 'not a key' } as const
    const signed = await signEdited('{"alg":"RS256"}', payload, wrong, false, '')
    expect(signed.error).toMatchObject({ ok: false })
    expect(signed.error!.code).not.toBe('ERR_KEY_MISSING')
  })
})

describe('generateFor', () => {
  it('a secret for HS*, filled in as base64url and shown', async () => {
    const result = await generateFor('HS256', true)
    if ('ok' in result) throw new Error(result.code)
    expect(result.patch).toMatchObject({ secretEncoding: 'base64url' })
    expect(result.generated).toMatchObject({ kind: 'secret', base64url: result.patch.secret })
  })

  it('a key pair for the others, filled in as PEM and shown', async () => {
    const result = await generateFor('ES256', false)
    if ('ok' in result) throw new Error(result.code)
    expect(result.patch).toMatchObject({ publicFormat: 'auto' })
    expect(result.generated).toMatchObject({ kind: 'pair', publicPem: result.patch.publicKey })
  })

  it('a failure for an algorithm it cannot make a key for', async () => {
    expect(await generateFor('none', false)).toMatchObject({ ok: false })
  })
})
