import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  buildJwks,
  decodeToken,
  generateHmacSecret,
  generateKeyPairFor,
  jwkThumbprint,
  jwkToPem,
  pemToJwk,
  publicJwkFromPrivate,
  signToken,
  SUPPORTED_ALGORITHMS,
  verifyToken,
  type KeyInput,
} from '@/lib/jwt/crypto'
import { loadVector } from './helpers'
import { EC_CERT, EC_PKCS8, EC_SEC1, RSA_PKCS1_PRIVATE, RSA_PKCS1_PUBLIC } from './keys.fixture'

const ASYMMETRIC = SUPPORTED_ALGORITHMS.filter((a) => !a.startsWith('HS'))
const HMAC = ['HS256', 'HS384', 'HS512'] as const
const PAYLOAD = '{\n  "sub": "42",\n  "exp": 4102444800\n}'

describe('signToken', () => {
  it('keeps the exact text the user typed: key order, spaces, line breaks', async () => {
    const header = '{ "typ":"JWT",\r\n  "alg" : "HS256" }'
    const signed = await signToken(header, PAYLOAD, {
      key: { kind: 'secret', value: 'x'.repeat(32) },
    })
    expect(signed.ok).toBe(true)
    const decoded = decodeToken(signed.ok ? signed.token : '')
    expect(decoded.ok && decoded.kind === 'jws' && decoded.headerText).toBe(header)
    expect(decoded.ok && decoded.kind === 'jws' && decoded.payload?.text).toBe(PAYLOAD)
  })

  const secret: KeyInput = { kind: 'secret', value: 'x'.repeat(64) }
  it.each([
    ['{"alg":', PAYLOAD, {}, 'ERR_SEGMENT_JSON', 'header'],
    ['["HS256"]', PAYLOAD, {}, 'ERR_SEGMENT_NOT_OBJECT', 'header'],
    ['{"alg":"HS256"}', '{"sub":', {}, 'ERR_SEGMENT_JSON', 'payload'],
    ['{"alg":"HS256"}', '"text"', {}, 'ERR_SEGMENT_NOT_OBJECT', 'payload'],
    ['{"typ":"JWT"}', PAYLOAD, {}, 'ERR_ALG_MISSING', 'header'],
    ['{"alg":"none"}', PAYLOAD, {}, 'ERR_ALG_NONE_NOT_REQUESTED', undefined],
    ['{"alg":"NONE"}', PAYLOAD, {}, 'ERR_ALG_NONE_NOT_REQUESTED', undefined],
    ['{"alg":"HS1"}', PAYLOAD, {}, 'ERR_ALG_UNSUPPORTED', undefined],
    ['{"alg":"HS256"}', PAYLOAD, { key: undefined }, 'ERR_KEY_MISSING', undefined],
    ['{"alg":"RS256"}', PAYLOAD, {}, 'ERR_KEY_TYPE_MISMATCH', undefined],
    [
      '{"alg":"RS256"}',
      PAYLOAD,
      { key: { kind: 'pem', value: RSA_PKCS1_PUBLIC } },
      'ERR_KEY_PRIVATE_REQUIRED',
      undefined,
    ],
    [
      '{"alg":"HS256"}',
      PAYLOAD,
      { key: { kind: 'jwks', value: '{"keys":[]}' } },
      'ERR_KEY_FORMAT',
      undefined,
    ],
    [
      '{"alg":"HS256"}',
      PAYLOAD,
      { key: { kind: 'secret', value: 'zz', encoding: 'hex' } },
      'ERR_SECRET_ENCODING',
      undefined,
    ],
    ['{"alg":"HS256"}', 'x'.repeat(300 * 1024), {}, 'ERR_INPUT_TOO_LARGE', undefined],
  ] as const)('%s / %s fails with %s', async (header, payload, options, code, segment) => {
    const result = await signToken(header, payload, { key: secret, ...options })
    expect(result).toMatchObject({ ok: false, code })
    if (segment) expect(result).toMatchObject({ segment })
  })

  it('makes an unsecured token only when asked, and marks it', async () => {
    const result = await signToken('{"alg":"none"}', PAYLOAD, { allowUnsecured: true })
    expect(result).toMatchObject({ ok: true, unsecured: true })
    expect(result.ok && result.token.endsWith('.')).toBe(true)
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual([
      'WARN_ALG_NONE',
      'WARN_UNSECURED_TOKEN',
    ])
    expect(decodeToken(result.ok ? result.token : '')).toMatchObject({ ok: true, unsecured: true })
  })
})

describe('keys: every algorithm signs and verifies in every key format', () => {
  it.each(ASYMMETRIC)('%s: generated pair, PEM and JWK and JWKS', async (alg) => {
    const pair = await generateKeyPairFor(alg)
    expect(pair.ok).toBe(true)
    if (!pair.ok) return
    const header = JSON.stringify({ alg, kid: pair.kid })
    for (const key of [pair.privatePem, JSON.stringify(pair.privateJwk)]) {
      const signed = await signToken(header, PAYLOAD, { key: { kind: 'auto', value: key } })
      expect(signed.ok).toBe(true)
      if (!signed.ok) continue
      const jwks = await buildJwks([pair.publicJwk])
      for (const verifyKey of [
        { kind: 'pem', value: pair.publicPem },
        { kind: 'jwk', value: pair.publicJwk },
        { kind: 'jwks', value: jwks.ok ? jwks.jwks : { keys: [] } },
      ] as KeyInput[]) {
        const result = await verifyToken(signed.token, { key: verifyKey, algorithms: [alg] })
        expect(result.ok && result.valid).toBe(true)
      }
    }
  })

  it.each(HMAC)('%s: generated secret in base64url and hex', async (alg) => {
    const secret = generateHmacSecret(alg)
    expect(secret.ok && secret.bytes.length).toBe(Number(alg.slice(2)) / 8)
    if (!secret.ok) return
    const signed = await signToken(JSON.stringify({ alg }), PAYLOAD, {
      key: { kind: 'secret', value: secret.base64url, encoding: 'base64url' },
    })
    const token = signed.ok ? signed.token : ''
    for (const key of [
      { kind: 'secret', value: secret.hex, encoding: 'hex' },
      { kind: 'jwk', value: secret.jwk },
    ] as KeyInput[]) {
      const result = await verifyToken(token, { key, algorithms: [alg] })
      expect(result.ok && result.valid).toBe(true)
      expect(result.warnings.map((w) => w.code)).not.toContain('WARN_HMAC_SECRET_SHORT')
    }
  })

  it('reads PKCS#1 RSA, SEC1 EC and X.509 certificates', async () => {
    const rs = await signToken('{"alg":"RS256"}', PAYLOAD, {
      key: { kind: 'pem', value: RSA_PKCS1_PRIVATE },
    })
    const rsResult = await verifyToken(rs.ok ? rs.token : '', {
      key: { kind: 'pem', value: RSA_PKCS1_PUBLIC },
      algorithms: ['RS256'],
    })
    expect(rsResult.ok && rsResult.valid).toBe(true)
    for (const privatePem of [EC_PKCS8, EC_SEC1]) {
      const es = await signToken('{"alg":"ES256"}', PAYLOAD, {
        key: { kind: 'pem', value: privatePem },
      })
      const esResult = await verifyToken(es.ok ? es.token : '', {
        key: { kind: 'pem', value: EC_CERT },
        algorithms: ['ES256'],
      })
      expect(esResult.ok && esResult.valid).toBe(true)
    }
  })

  it('a private key given to verify is reduced to its public half, with a warning', async () => {
    const es = await signToken('{"alg":"ES256"}', PAYLOAD, {
      key: { kind: 'pem', value: EC_PKCS8 },
    })
    const result = await verifyToken(es.ok ? es.token : '', {
      key: { kind: 'pem', value: EC_PKCS8 },
      algorithms: ['ES256'],
    })
    expect(result.ok && result.warnings.map((w) => w.code)).toContain('WARN_PRIVATE_KEY_FOR_VERIFY')
  })
})

describe('key errors', () => {
  const token = async (alg: string, kid?: string) => {
    const signed = await signToken(JSON.stringify({ alg, ...(kid && { kid }) }), PAYLOAD, {
      key: { kind: 'secret', value: 'k'.repeat(64) },
    })
    return signed.ok ? signed.token : ''
  }
  const oct = (kid: string | undefined, fill = 'k') => ({
    kty: 'oct',
    ...(kid && { kid }),
    k: Buffer.from(fill.repeat(64)).toString('base64url'),
  })

  it.each([
    ['no kid match', { kind: 'jwks', value: { keys: [oct('a')] } }, 'b', 'ERR_JWKS_NO_MATCH'],
    [
      'two keys, token has no kid',
      { kind: 'jwks', value: { keys: [oct('a'), oct('b', 'z')] } },
      undefined,
      'ERR_JWKS_MULTIPLE_MATCHES',
    ],
    [
      'two keys with the same kid',
      { kind: 'jwks', value: { keys: [oct('a'), oct('a', 'z')] } },
      'a',
      'ERR_JWKS_MULTIPLE_MATCHES',
    ],
    ['not a JWKS', { kind: 'jwks', value: '{"kty":"oct"}' }, undefined, 'ERR_JWKS_INVALID'],
    ['broken JWK JSON', { kind: 'jwk', value: '{"kty":' }, undefined, 'ERR_JWK_JSON'],
    ['JWK without kty', { kind: 'jwk', value: '{"k":"abc"}' }, undefined, 'ERR_JWK_INVALID'],
    [
      'short secret, enforced',
      { kind: 'jwk', value: { kty: 'oct', k: 'c2hvcnQ' } },
      undefined,
      'ERR_HMAC_KEY_TOO_SHORT',
    ],
    ['empty secret', { kind: 'secret', value: '', encoding: 'utf8' }, undefined, 'ERR_KEY_MISSING'],
    [
      'bad base64url secret',
      { kind: 'secret', value: 'abc=', encoding: 'base64url' },
      undefined,
      'ERR_SECRET_ENCODING',
    ],
    [
      'a PEM offered for an HS256 token',
      { kind: 'pem', value: RSA_PKCS1_PUBLIC.split('\n').slice(1, -2).join('\n') },
      undefined,
      'ERR_KEY_TYPE_MISMATCH',
    ],
  ] as const)('%s', async (_name, key, kid, code) => {
    const result = await verifyToken(await token('HS256', kid), {
      key: key as KeyInput,
      algorithms: ['HS256'],
    })
    expect(result).toMatchObject({ ok: false, code })
  })

  it.each([
    [RSA_PKCS1_PUBLIC.split('\n').slice(1, -2).join('\n'), 'ERR_PEM_NO_ARMOR'],
    [RSA_PKCS1_PUBLIC.replace('-----END RSA PUBLIC KEY-----', ''), 'ERR_PEM_MALFORMED'],
    ['-----BEGIN DSA PRIVATE KEY-----\nAAAA\n-----END DSA PRIVATE KEY-----', 'ERR_PEM_UNSUPPORTED'],
    ['-----BEGIN PUBLIC KEY-----\nnot base64!\n-----END PUBLIC KEY-----', 'ERR_PEM_MALFORMED'],
  ])('pemToJwk refuses %#: %s', async (pem, code) => {
    expect(await pemToJwk(pem)).toMatchObject({ ok: false, code })
  })

  it('a short typed secret is used with a warning by default, refused when enforced', async () => {
    const signed = await signToken('{"alg":"HS256"}', PAYLOAD, {
      key: { kind: 'secret', value: 'secret' },
    })
    const t = signed.ok ? signed.token : ''
    const lenient = await verifyToken(t, {
      key: { kind: 'secret', value: 'secret' },
      algorithms: ['HS256'],
    })
    expect(lenient.ok && lenient.warnings.map((w) => w.code)).toEqual([
      'WARN_HMAC_SECRET_SHORT',
      'WARN_HMAC_SECRET_COMMON',
    ])
    const strict = await verifyToken(t, {
      key: { kind: 'secret', value: 'secret' },
      algorithms: ['HS256'],
      hmacKeyPolicy: 'enforce',
    })
    expect(strict).toMatchObject({ ok: false, code: 'ERR_HMAC_KEY_TOO_SHORT', size: 6, limit: 32 })
  })
})

describe('key tools', () => {
  const rsaPrivate = loadVector<Record<string, string>>(
    'jose-cookbook/jwk/3_4.rsa_private_key.json',
  )
  const rsaPublic = loadVector<Record<string, string>>('jose-cookbook/jwk/3_3.rsa_public_key.json')
  const ecPublic = loadVector<Record<string, string>>('jose-cookbook/jwk/3_1.ec_public_key.json')

  it('public JWK from private drops every private member', () => {
    const result = publicJwkFromPrivate(rsaPrivate as never)
    expect(result.ok && result.jwk).toEqual(rsaPublic)
    expect(publicJwkFromPrivate({ kty: 'oct', k: 'AA' })).toMatchObject({
      code: 'ERR_KEY_TYPE_MISMATCH',
    })
  })

  it('PEM ⇄ JWK round-trips public and private keys', async () => {
    for (const jwk of [rsaPublic, rsaPrivate, ecPublic]) {
      const pem = await jwkToPem(jwk as never)
      expect(pem.ok).toBe(true)
      const back = await pemToJwk(pem.ok ? pem.pem : '')
      const material = Object.fromEntries(
        Object.entries(jwk).filter(([member]) => !['kid', 'use', 'alg'].includes(member)),
      )
      expect(back.ok && back.jwk).toEqual(expect.objectContaining(material))
    }
    expect(await jwkToPem({ kty: 'oct', k: 'AA' })).toMatchObject({ code: 'ERR_KEY_TYPE_MISMATCH' })
  })

  it('RFC 7638 thumbprints match SHA-256 of the canonical members', async () => {
    const canonical = [
      { e: rsaPublic.e, kty: 'RSA', n: rsaPublic.n },
      { crv: ecPublic.crv, kty: 'EC', x: ecPublic.x, y: ecPublic.y },
    ]
    for (const [i, jwk] of [rsaPublic, ecPublic].entries()) {
      const expected = createHash('sha256').update(JSON.stringify(canonical[i])).digest('base64url')
      expect(await jwkThumbprint(jwk as never)).toEqual({ ok: true, thumbprint: expected })
    }
  })

  it('buildJwks adds thumbprint kids and refuses private keys and duplicate kids', async () => {
    const built = await buildJwks([ecPublic as never, { ...rsaPublic, kid: undefined } as never])
    expect(built.ok && built.jwks.keys.map((k) => typeof k.kid)).toEqual(['string', 'string'])
    expect(await buildJwks([rsaPrivate as never])).toMatchObject({ code: 'ERR_JWKS_MIXED' })
    expect(await buildJwks([rsaPublic as never, rsaPublic as never])).toMatchObject({
      code: 'ERR_JWKS_MULTIPLE_MATCHES',
    })
  })

  it.each([
    ['HS256', 'generateKeyPairFor', 'ERR_KEY_TYPE_MISMATCH'],
    ['XS256', 'generateKeyPairFor', 'ERR_ALG_UNSUPPORTED'],
    ['RS256', 'generateHmacSecret', 'ERR_KEY_TYPE_MISMATCH'],
    ['none', 'generateHmacSecret', 'ERR_ALG_UNSUPPORTED'],
  ])('%s with %s fails with %s', async (alg, fn, code) => {
    const result =
      fn === 'generateKeyPairFor' ? await generateKeyPairFor(alg) : generateHmacSecret(alg)
    expect(result).toMatchObject({ ok: false, code })
  })
})
