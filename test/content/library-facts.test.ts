// What the lessons say the libraries do, shown by calling them: the header lesson's `crit`, the
// attacks lesson's duplicate keys, and the jws-vs-jwe lesson's JWE pitfalls (RSA1_5, an epk off
// its curve, PBES2's p2c). If an upgrade changes one of these, the lesson must change with it.
import * as jose from 'jose'
import jwt from 'jsonwebtoken'
import { describe, expect, it } from 'vitest'

const SECRET = 'a-string-secret-at-least-256-bits-long'
const key = new TextEncoder().encode(SECRET)
const b64 = (json: string) => jose.base64url.encode(json)

describe('crit (header lesson)', () => {
  const critical = () =>
    new jose.SignJWT({ sub: '42' })
      .setProtectedHeader({ alg: 'HS256', crit: ['exp-policy'], 'exp-policy': 'strict' })
      .sign(key, { crit: { 'exp-policy': true } })

  it('jose refuses a token whose crit names an extension it was not told about', async () => {
    await expect(
      jose.jwtVerify(await critical(), key, { algorithms: ['HS256'] }),
    ).rejects.toMatchObject({
      code: 'ERR_JOSE_NOT_SUPPORTED',
    })
  })

  it('jose accepts it once the application declares it understands the extension', async () => {
    const { payload } = await jose.jwtVerify(await critical(), key, {
      algorithms: ['HS256'],
      crit: { 'exp-policy': true },
    })
    expect(payload.sub).toBe('42')
  })

  it('jsonwebtoken 9 ignores crit and accepts the same token', async () => {
    expect(jwt.verify(await critical(), SECRET, { algorithms: ['HS256'] })).toMatchObject({
      sub: '42',
    })
  })
})

describe('duplicate keys (attacks lesson)', () => {
  // {"sub":"42","sub":"1"}, signed as is: a valid signature over a payload with two subjects
  const twoSubjects = async () => {
    const signingInput = `${b64('{"alg":"HS256"}')}.${b64('{"sub":"42","sub":"1"}')}`
    const mac = await crypto.subtle.sign(
      'HMAC',
      await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
      new TextEncoder().encode(signingInput),
    )
    return `${signingInput}.${jose.base64url.encode(new Uint8Array(mac))}`
  }

  it('jose and jsonwebtoken both verify it and both read the last value', async () => {
    const token = await twoSubjects()
    expect((await jose.jwtVerify(token, key, { algorithms: ['HS256'] })).payload.sub).toBe('1')
    expect((jwt.verify(token, SECRET, { algorithms: ['HS256'] }) as jwt.JwtPayload).sub).toBe('1')
  })
})

describe('JWE pitfalls (jws-vs-jwe lesson)', () => {
  it('jose 6 does not implement RSA1_5 at all', async () => {
    const { privateKey } = await jose.generateKeyPair('RSA-OAEP-256')
    const header = b64('{"alg":"RSA1_5","enc":"A128GCM"}')
    const jwe = `${header}.AAAA.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`
    await expect(jose.compactDecrypt(jwe, privateKey)).rejects.toMatchObject({
      code: 'ERR_JOSE_NOT_SUPPORTED',
    })
  })

  it('refuses an ECDH-ES ephemeral key that is not on its curve, before any key agreement', async () => {
    const { publicKey } = await jose.generateKeyPair('ECDH-ES', { crv: 'P-256', extractable: true })
    const epk = await jose.exportJWK(publicKey)
    await expect(jose.importJWK(epk, 'ECDH-ES')).resolves.toBeDefined()
    const y = jose.base64url.decode(epk.y!)
    y[31]! ^= 1 // one bit off: (x, y) no longer solves the curve equation
    await expect(
      jose.importJWK({ ...epk, y: jose.base64url.encode(y) }, 'ECDH-ES'),
    ).rejects.toThrow('Invalid keyData')
  })

  describe('PBES2', () => {
    const password = new TextEncoder().encode('correct horse battery staple')
    const encrypt = (p2c: number) =>
      new jose.EncryptJWT({ sub: '42' })
        .setProtectedHeader({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' })
        .setKeyManagementParameters({ p2c })
        .encrypt(password)
    const allowed = { keyManagementAlgorithms: ['PBES2-HS256+A128KW'] }

    it('is refused unless the application allows it by name', async () => {
      await expect(jose.jwtDecrypt(await encrypt(2048), password)).rejects.toMatchObject({
        code: 'ERR_JOSE_ALG_NOT_ALLOWED',
      })
      const { payload } = await jose.jwtDecrypt(await encrypt(2048), password, allowed)
      expect(payload.sub).toBe('42')
    })

    it('refuses a p2c above 10000 (maxPBES2Count) before running PBKDF2', async () => {
      await expect(jose.jwtDecrypt(await encrypt(10_001), password, allowed)).rejects.toMatchObject(
        {
          code: 'ERR_JWE_INVALID',
        },
      )
      await expect(jose.jwtDecrypt(await encrypt(10_000), password, allowed)).resolves.toBeDefined()
    })
  })
})
