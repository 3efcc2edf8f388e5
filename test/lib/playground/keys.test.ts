import { allowListFor, detectPublicKind, keysFor, type KeyFields } from '@/lib/playground/keys'

const empty: KeyFields = {
  alg: 'HS256',
  secret: '',
  secretEncoding: 'utf8',
  publicKey: '',
  publicFormat: 'auto',
  privateKey: '',
}
const PEM = '-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----'
const PRIVATE = '-----BEGIN PRIVATE KEY-----\nMIGH\n-----END PRIVATE KEY-----'

describe('detectPublicKind', () => {
  it('tells PEM, JWK and JWKS apart', () => {
    expect(detectPublicKind(PEM)).toBe('pem')
    expect(detectPublicKind('  {"kty":"EC"}')).toBe('jwk')
    expect(detectPublicKind('{"keys": []}')).toBe('jwks')
    expect(detectPublicKind('')).toBe('pem')
  })
})

describe('allowListFor', () => {
  it('allows EdDSA under both its names and anything else alone', () => {
    expect(allowListFor('EdDSA')).toEqual(['EdDSA', 'Ed25519'])
    expect(allowListFor('RS256')).toEqual(['RS256'])
  })
})

describe('keysFor', () => {
  it('uses the secret both ways for HS*, and no key when it is empty', () => {
    const secret = { kind: 'secret', value: 's3cret', encoding: 'hex' }
    const keys = keysFor({ ...empty, secret: 's3cret', secretEncoding: 'hex' }, false)
    expect(keys).toEqual({ hmac: true, hasPublicKey: false, verifyKey: secret, signKey: secret })
    expect(keysFor(empty, true)).toMatchObject({ verifyKey: undefined, signKey: undefined })
  })

  it('verifies with the public key and signs with the private one otherwise', () => {
    const fields = { ...empty, alg: 'ES256', publicKey: PEM, publicFormat: 'pem' as const }
    const keys = keysFor({ ...fields, privateKey: PRIVATE }, false)
    expect(keys.hmac).toBe(false)
    expect(keys.hasPublicKey).toBe(true)
    expect(keys.verifyKey).toEqual({ kind: 'pem', value: PEM })
    expect(keys.signKey).toEqual({ kind: 'auto', value: PRIVATE })
  })

  it('verifies with the private key only while editing and without a public key', () => {
    const fields = { ...empty, alg: 'ES256', privateKey: PRIVATE, publicKey: '  \n' }
    expect(keysFor(fields, false).verifyKey).toBeUndefined()
    expect(keysFor(fields, true).verifyKey).toEqual({ kind: 'auto', value: PRIVATE })
    expect(keysFor(fields, true).hasPublicKey).toBe(false)
  })
})
