import { describe, expect, it } from 'vitest'
import {
  checkEpk,
  decodeBase64url,
  decodeToken,
  decryptJwe,
  ECDH_CURVES,
  encodeBase64url,
  encryptJwe,
  generateJweKey,
  JWE_ALGORITHMS,
  JWE_ENCRYPTIONS,
  jweKeyKind,
  MAX_PBES2_COUNT,
  type EcdhCurve,
  type GeneratedJweKey,
  type JweAlgorithm,
  type JweKeyInput,
} from '@/lib/jwt/crypto'
import { loadVector } from './helpers'

type Vector = { input: { key: Record<string, unknown> }; output: { compact: string } }
const ecdhVector = loadVector<Vector>(
  'jose-cookbook/jwe/5_4.key_agreement_with_key_wrapping_using_ecdh-es_and_aes-keywrap_with_aes-gcm.json',
)
const dirVector = loadVector<Vector>('jose-cookbook/jwe/5_6.direct_encryption_using_aes-gcm.json')
const dirKey: JweKeyInput = { text: String(dirVector.input.key.k), encoding: 'base64url' }

/** Keys for encrypting and decrypting, from a generated key. */
function keysOf(generated: GeneratedJweKey) {
  if (generated.kind === 'secret') {
    const key = { text: generated.base64url, encoding: 'base64url' as const }
    return { encryptKey: key, decryptKey: key }
  }
  if (generated.kind === 'password') {
    const key = { text: generated.password }
    return { encryptKey: key, decryptKey: key }
  }
  return { encryptKey: { text: generated.publicPem }, decryptKey: { text: generated.privateJwk } }
}

/** The same token with its protected header replaced (the checks run before any crypto). */
function withHeader(token: string, header: Record<string, unknown>): string {
  const parts = token.split('.')
  parts[0] = encodeBase64url(JSON.stringify(header))
  return parts.join('.')
}

const headerOf = (token: string) => {
  const decoded = decodeToken(token)
  if (!decoded.ok) throw new Error(decoded.code)
  return decoded.header
}

async function keyFor(alg: JweAlgorithm, enc: string, crv?: EcdhCurve): Promise<GeneratedJweKey> {
  const generated = await generateJweKey(alg, enc, crv)
  if (!generated.ok) throw new Error(generated.code)
  return generated
}
const pairFor = (alg: JweAlgorithm, crv?: EcdhCurve) => keyFor(alg, 'A256GCM', crv)

const pairs = JWE_ALGORITHMS.flatMap((alg) =>
  (jweKeyKind(alg) === 'ecdh' ? ECDH_CURVES : ([undefined] as const)).map(
    (crv) => [alg, crv] as const,
  ),
)

describe('round trip: encrypt, then decrypt, for every alg × enc (and every ECDH curve)', () => {
  it.each(pairs)(
    '%s %s',
    async (alg: JweAlgorithm, crv: EcdhCurve | undefined) => {
      // One key pair for all six encs (RSA key generation is slow on a busy machine); a secret
      // per enc, since `dir` needs one of the enc's own size.
      let pair: GeneratedJweKey | undefined
      for (const enc of JWE_ENCRYPTIONS) {
        const generated =
          jweKeyKind(alg) === 'rsa' || jweKeyKind(alg) === 'ecdh'
            ? (pair ??= await pairFor(alg, crv))
            : await keyFor(alg, enc)
        const { encryptKey, decryptKey } = keysOf(generated)
        const plaintext = `{"sub":"42","alg":"${alg}","enc":"${enc}","note":"密文"}`
        const encrypted = await encryptJwe(plaintext, { alg, enc, key: encryptKey, p2c: 1000 })
        if (!encrypted.ok) throw new Error(`${enc}: ${encrypted.code}`)
        const decrypted = await decryptJwe(encrypted.token, decryptKey)
        expect(decrypted, enc).toMatchObject({ ok: true, alg, enc, text: plaintext, nested: false })
      }
      // RSA key generation takes seconds when the machine is busy.
    },
    30_000,
  )
})

describe('decryptJwe refuses with a precise code', () => {
  it('a secret where RSA-OAEP needs an RSA key: ERR_JWE_KEY_TYPE', async () => {
    const pair = await generateJweKey('RSA-OAEP-256', 'A256GCM')
    if (!pair.ok || pair.kind !== 'pair') throw new Error('no pair')
    const token = await encryptJwe('x', {
      alg: 'RSA-OAEP-256',
      enc: 'A256GCM',
      key: { text: pair.publicJwk },
    })
    if (!token.ok) throw new Error(token.code)
    expect(await decryptJwe(token.token, { text: 'a secret' })).toMatchObject({
      code: 'ERR_JWE_KEY_TYPE',
      expected: 'RSA',
      actual: 'oct',
    })
    const ec = await generateJweKey('ECDH-ES', 'A256GCM', 'P-256')
    if (!ec.ok || ec.kind !== 'pair') throw new Error('no pair')
    expect(await decryptJwe(token.token, { text: ec.privatePem })).toMatchObject({
      code: 'ERR_JWE_KEY_TYPE',
      actual: 'P-256',
    })
    expect(await decryptJwe(token.token, { text: pair.publicPem })).toMatchObject({
      code: 'ERR_KEY_PRIVATE_REQUIRED',
    })
  }, 30_000)

  it('an ECDH key on another curve than the epk: ERR_JWE_KEY_TYPE with reason curve', async () => {
    const other = await generateJweKey('ECDH-ES+A128KW', 'A128GCM', 'P-256')
    if (!other.ok || other.kind !== 'pair') throw new Error('no pair')
    // The 5.4 token was made for a P-384 key.
    expect(await decryptJwe(ecdhVector.output.compact, { text: other.privateJwk })).toMatchObject({
      code: 'ERR_JWE_KEY_TYPE',
      reason: 'curve',
      expected: 'P-384',
      actual: 'P-256',
    })
  })

  it('a 15-byte secret for A128GCM (dir needs 16): ERR_JWE_KEY_SIZE', async () => {
    expect(await decryptJwe(dirVector.output.compact, { text: 'fifteen bytes!!' })).toMatchObject({
      code: 'ERR_JWE_KEY_SIZE',
      alg: 'A128GCM',
      size: 15,
      limit: 16,
    })
  })

  it('the wrong secret of the right size: ERR_JWE_DECRYPTION_FAILED (tag mismatch)', async () => {
    expect(await decryptJwe(dirVector.output.compact, { text: 'sixteen bytes!!!' })).toMatchObject({
      code: 'ERR_JWE_DECRYPTION_FAILED',
    })
  })

  it('an unknown zip: ERR_JWE_ZIP_UNSUPPORTED', async () => {
    const token = withHeader(dirVector.output.compact, {
      ...headerOf(dirVector.output.compact),
      zip: 'GZIP',
    })
    expect(await decryptJwe(token, dirKey)).toMatchObject({
      code: 'ERR_JWE_ZIP_UNSUPPORTED',
      actual: 'GZIP',
    })
  })

  it(`a p2c above ${MAX_PBES2_COUNT}: ERR_JWE_P2C_TOO_LARGE, before any work`, async () => {
    const made = await encryptJwe('x', {
      alg: 'PBES2-HS256+A128KW',
      enc: 'A128GCM',
      key: { text: 'correct horse' },
      p2c: 1000,
    })
    if (!made.ok) throw new Error(made.code)
    const header = headerOf(made.token)
    const huge = withHeader(made.token, { ...header, p2c: 2_147_483_647 })
    expect(await decryptJwe(huge, { text: 'correct horse' })).toMatchObject({
      code: 'ERR_JWE_P2C_TOO_LARGE',
      size: 2_147_483_647,
      limit: MAX_PBES2_COUNT,
    })
    const atCap = withHeader(made.token, { ...header, p2c: MAX_PBES2_COUNT + 1 })
    expect(await decryptJwe(atCap, { text: 'x' })).toMatchObject({ code: 'ERR_JWE_P2C_TOO_LARGE' })
    expect(
      await encryptJwe('x', {
        alg: 'PBES2-HS256+A128KW',
        enc: 'A128GCM',
        key: { text: 'p' },
        p2c: MAX_PBES2_COUNT + 1,
      }),
    ).toMatchObject({ code: 'ERR_JWE_P2C_TOO_LARGE' })
    for (const bad of [0, -1, 1.5, '1000'])
      expect(
        await decryptJwe(withHeader(made.token, { ...header, p2c: bad }), { text: 'x' }),
      ).toMatchObject({
        code: 'ERR_JWE_HEADER_INVALID',
        claim: 'p2c',
      })
  })

  it('an epk off its curve: ERR_JWE_EPK_OFF_CURVE, before any key agreement', async () => {
    const header = headerOf(ecdhVector.output.compact)
    const epk = header.epk as Record<string, string>
    // The same x with y + 1: the right length, not on P-384.
    const y = decodeBase64url(epk.y!)
    if (!y.ok) throw new Error(y.reason)
    const bytes = new Uint8Array(y.bytes)
    bytes[bytes.length - 1] = (bytes[bytes.length - 1]! + 1) & 0xff
    const offCurve = { ...epk, y: encodeBase64url(bytes) }
    expect(checkEpk(epk)).toBeNull()
    expect(checkEpk(offCurve)).toMatchObject({ code: 'ERR_JWE_EPK_OFF_CURVE', actual: 'P-384' })
    const token = withHeader(ecdhVector.output.compact, { ...header, epk: offCurve })
    expect(await decryptJwe(token, { text: JSON.stringify(ecdhVector.input.key) })).toMatchObject({
      code: 'ERR_JWE_EPK_OFF_CURVE',
    })
  })

  it.each(ECDH_CURVES)('generated %s points pass the on-curve check', async (crv) => {
    for (let i = 0; i < 5; i++) {
      const pair = await generateJweKey('ECDH-ES', 'A128GCM', crv)
      if (!pair.ok || pair.kind !== 'pair') throw new Error('no pair')
      const pub = JSON.parse(pair.privateJwk) as Record<string, string>
      delete pub.d
      expect(checkEpk(pub)).toBeNull()
    }
  })

  it.each([
    [{ kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' }, 'x'],
    [{ kty: 'EC', crv: 'secp256k1' }, 'crv'],
    [{ kty: 'OKP', crv: 'X25519', x: 'AAAA' }, 'x'],
    ['not an object', 'missing'],
  ])('a misshapen epk %j: ERR_JWE_HEADER_INVALID (%s)', (epk, reason) => {
    expect(checkEpk(epk)).toMatchObject({ code: 'ERR_JWE_HEADER_INVALID', claim: 'epk', reason })
  })

  it('a malformed IV: ERR_SEGMENT_BASE64 or ERR_JWE_PART_LENGTH, at the part', async () => {
    const parts = dirVector.output.compact.split('.')
    const ivStart = parts[0]!.length + 1 + parts[1]!.length + 1
    const badChar = [...parts]
    badChar[2] = parts[2]!.slice(0, 3) + '*' + parts[2]!.slice(4)
    expect(await decryptJwe(badChar.join('.'), dirKey)).toMatchObject({
      code: 'ERR_SEGMENT_BASE64',
      segment: 'iv',
      at: ivStart + 3,
    })
    const short = [...parts]
    short[2] = parts[2]!.slice(0, 8)
    expect(await decryptJwe(short.join('.'), dirKey)).toMatchObject({
      code: 'ERR_JWE_PART_LENGTH',
      segment: 'iv',
      at: ivStart,
      size: 6,
      expected: '12',
    })
    const withKey = [...parts]
    withKey[1] = 'AAAA'
    expect(await decryptJwe(withKey.join('.'), dirKey)).toMatchObject({
      code: 'ERR_JWE_PART_LENGTH',
      segment: 'encryptedKey',
      expected: '0',
    })
  })

  it('a JWS: ERR_JWE_NOT_JWE; no alg or enc: ERR_ALG_MISSING, ERR_JWE_ENC_MISSING', async () => {
    expect(await decryptJwe('eyJhbGciOiJIUzI1NiJ9.e30.c2ln', dirKey)).toMatchObject({
      code: 'ERR_JWE_NOT_JWE',
      count: 3,
    })
    const token = dirVector.output.compact
    expect(await decryptJwe(withHeader(token, { enc: 'A128GCM' }), dirKey)).toMatchObject({
      code: 'ERR_ALG_MISSING',
    })
    expect(await decryptJwe(withHeader(token, { alg: 'dir' }), dirKey)).toMatchObject({
      code: 'ERR_JWE_ENC_MISSING',
    })
    expect(
      await decryptJwe(withHeader(token, { alg: 'dir', enc: 'A128GCM-SIV' }), dirKey),
    ).toMatchObject({ code: 'ERR_JWE_ENC_UNSUPPORTED' })
    expect(
      await decryptJwe(withHeader(token, { alg: 'RSA1_5', enc: 'A128GCM' }), dirKey),
    ).toMatchObject({ code: 'ERR_JWE_ALG_REFUSED' })
  })

  it('encryptJwe refuses RSA1_5 too', async () => {
    expect(
      await encryptJwe('x', { alg: 'RSA1_5', enc: 'A128GCM', key: { text: 'k' } }),
    ).toMatchObject({
      code: 'ERR_JWE_ALG_REFUSED',
    })
  })
})

describe('nested tokens', () => {
  it('a JWS inside (cty: JWT) is reported as nested', async () => {
    const jws = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJl'
    const made = await encryptJwe(jws, { alg: 'dir', enc: 'A128GCM', key: dirKey, cty: 'JWT' })
    if (!made.ok) throw new Error(made.code)
    expect(headerOf(made.token).cty).toBe('JWT')
    expect(await decryptJwe(made.token, dirKey)).toMatchObject({
      ok: true,
      text: jws,
      nested: true,
    })
  })
})
