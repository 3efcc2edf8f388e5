import {
  SignJWT,
  base64url,
  calculateJwkThumbprint,
  exportJWK,
  exportSPKI,
  generateKeyPair,
  importJWK,
  type JWK,
} from 'jose'
import { issueAccessToken, verifyAccessToken } from '@/lib/auth/access-token'
import { ACCESS_TOKEN_AUDIENCE } from '@/lib/auth/config'
import { currentSigningKey } from '@/lib/auth/keys'
import type { SigningAlg, Store } from '@/lib/db'
import { b64url, openTestStore } from './helpers'

const ISSUER = 'http://localhost'
const T0 = Date.UTC(2030, 0, 1, 12, 0, 0)
const t0s = T0 / 1000

let store: Store
beforeAll(async () => {
  store = await openTestStore()
})
afterAll(() => store.close())

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(T0)
})
afterEach(() => vi.useRealTimers())

const claims = (overrides: Record<string, unknown> = {}) => ({
  iss: ISSUER,
  aud: ACCESS_TOKEN_AUDIENCE,
  sub: 'user-1',
  iat: t0s,
  exp: t0s + 300,
  jti: 'jti-1',
  ...overrides,
})

/** Signs whatever we like with the server's own current key: the key is right, the rest is not. */
async function signWithServerKey(
  alg: SigningAlg,
  payload: Record<string, unknown>,
  header: Record<string, unknown> = {},
) {
  const { kid, key } = await currentSigningKey(store, alg)
  return new SignJWT(payload).setProtectedHeader({ alg, typ: 'at+jwt', kid, ...header }).sign(key)
}

const verify = (token: string) => verifyAccessToken(store, token, { issuer: ISSUER })

describe('issueAccessToken', () => {
  it.each(['ES256', 'Ed25519', 'HS256'] as const)(
    'issues an RFC 9068 token with %s',
    async (alg) => {
      const {
        token,
        expiresIn,
        claims: issued,
      } = await issueAccessToken(store, {
        userId: 'user-1',
        issuer: ISSUER,
        alg,
      })
      expect(expiresIn).toBe(300)
      const [header] = token.split('.')
      const decodedHeader = JSON.parse(Buffer.from(header ?? '', 'base64url').toString())
      expect(decodedHeader).toEqual({
        alg,
        typ: 'at+jwt',
        kid: (await currentSigningKey(store, alg)).kid,
      })
      expect(issued).toMatchObject({
        iss: ISSUER,
        aud: ACCESS_TOKEN_AUDIENCE,
        sub: 'user-1',
        client_id: 'jwt-playground-demo',
        iat: t0s,
        exp: t0s + 300,
      })
      expect(issued.jti).toMatch(/^[0-9a-f-]{36}$/)
      const result = await verify(token)
      expect(result).toMatchObject({ ok: true, header: { alg }, claims: { sub: 'user-1' } })
    },
  )

  it('honours a shorter lifetime and expires exactly then (frozen clock, 5 s leeway)', async () => {
    const { token } = await issueAccessToken(store, {
      userId: 'user-1',
      issuer: ISSUER,
      alg: 'ES256',
      ttl: 30,
    })
    vi.setSystemTime(T0 + 34_999)
    expect((await verify(token)).ok).toBe(true)
    vi.setSystemTime(T0 + 35_000)
    expect(await verify(token)).toMatchObject({ ok: false, code: 'TOKEN_EXPIRED' })
  })
})

describe('Ed25519 under its legacy name', () => {
  it('signs as Ed25519 (RFC 9864) and still accepts a token that names the same key EdDSA', async () => {
    const { token } = await issueAccessToken(store, { userId: 'u', issuer: ISSUER, alg: 'Ed25519' })
    expect(JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()).alg).toBe(
      'Ed25519',
    )
    const { kid, key } = await currentSigningKey(store, 'Ed25519')
    const legacy = await new SignJWT(claims())
      .setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt', kid })
      .sign(key)
    expect(await verify(legacy)).toMatchObject({
      ok: true,
      header: { alg: 'EdDSA', kid },
      claims: { sub: 'user-1' },
    })
  })

  it('refuses a legacy-named token whose signature does not match', async () => {
    const { kid, key } = await currentSigningKey(store, 'Ed25519')
    const [h, , s] = (
      await new SignJWT(claims()).setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt', kid }).sign(key)
    ).split('.')
    expect(await verify(`${h}.${b64url(claims({ sub: 'admin' }))}.${s}`)).toMatchObject({
      ok: false,
      code: 'TOKEN_BAD_SIGNATURE',
    })
  })
})

describe('verifyAccessToken refuses attack tokens with a stable code', () => {
  const attacks: [string, () => Promise<string>, string][] = [
    [
      'alg none (unsecured JWT)',
      async () => {
        const { kid } = await currentSigningKey(store, 'ES256')
        return `${b64url({ alg: 'none', typ: 'at+jwt', kid })}.${b64url(claims())}.`
      },
      'TOKEN_ALG_NOT_ALLOWED',
    ],
    [
      'alg "None" spelled differently',
      async () => `${b64url({ alg: 'None', typ: 'at+jwt' })}.${b64url(claims())}.`,
      'TOKEN_ALG_NOT_ALLOWED',
    ],
    [
      'HS256 signed with the ES256 public key PEM as the secret (algorithm confusion)',
      async () => {
        const { kid } = await currentSigningKey(store, 'ES256')
        const record = await store.signingKeys.find(kid)
        const publicKey = await importJWK(JSON.parse(record?.publicJwk ?? '{}') as JWK, 'ES256', {
          extractable: true,
        })
        const pem = await exportSPKI(publicKey as CryptoKey)
        return new SignJWT(claims())
          .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', kid })
          .sign(new TextEncoder().encode(pem))
      },
      'TOKEN_ALG_NOT_ALLOWED',
    ],
    [
      'RS256, not on the list',
      async () => `${b64url({ alg: 'RS256', typ: 'at+jwt', kid: 'x' })}.${b64url(claims())}.c2ln`,
      'TOKEN_ALG_NOT_ALLOWED',
    ],
    [
      'expired',
      () => signWithServerKey('ES256', claims({ iat: t0s - 400, exp: t0s - 100 })),
      'TOKEN_EXPIRED',
    ],
    [
      'older than any token we issue (iat far in the past, exp far ahead)',
      () => signWithServerKey('ES256', claims({ iat: t0s - 3600, exp: t0s + 3600 })),
      'TOKEN_EXPIRED',
    ],
    [
      'not yet valid (nbf in the future)',
      () => signWithServerKey('ES256', claims({ nbf: t0s + 60 })),
      'TOKEN_NOT_YET_VALID',
    ],
    [
      'issued in the future',
      () => signWithServerKey('ES256', claims({ iat: t0s + 120, exp: t0s + 400 })),
      'TOKEN_NOT_YET_VALID',
    ],
    [
      'wrong audience',
      () => signWithServerKey('ES256', claims({ aud: 'another-api' })),
      'TOKEN_WRONG_AUDIENCE',
    ],
    [
      'no audience',
      () => signWithServerKey('ES256', claims({ aud: undefined })),
      'TOKEN_CLAIM_MISSING',
    ],
    [
      'wrong issuer',
      () => signWithServerKey('Ed25519', claims({ iss: 'https://evil.example' })),
      'TOKEN_WRONG_ISSUER',
    ],
    ['no exp', () => signWithServerKey('ES256', claims({ exp: undefined })), 'TOKEN_CLAIM_MISSING'],
    ['no sub', () => signWithServerKey('HS256', claims({ sub: undefined })), 'TOKEN_CLAIM_MISSING'],
    [
      'typ JWT instead of at+jwt',
      () => signWithServerKey('ES256', claims(), { typ: 'JWT' }),
      'TOKEN_WRONG_TYPE',
    ],
    [
      'no typ at all',
      () => signWithServerKey('HS256', claims(), { typ: undefined }),
      'TOKEN_WRONG_TYPE',
    ],
    [
      'unknown kid (signed by a key that is not ours)',
      async () => {
        const { privateKey } = await generateKeyPair('ES256')
        return new SignJWT(claims())
          .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid: 'not-our-key' })
          .sign(privateKey)
      },
      'TOKEN_UNKNOWN_KID',
    ],
    ['no kid', () => signWithServerKey('ES256', claims(), { kid: undefined }), 'TOKEN_UNKNOWN_KID'],
    [
      'kid of the HS256 secret on an ES256 token',
      async () => {
        const hs = await currentSigningKey(store, 'HS256')
        return signWithServerKey('ES256', claims(), { kid: hs.kid })
      },
      'TOKEN_ALG_NOT_ALLOWED',
    ],
    [
      "EdDSA (the legacy name) with the ES256 key's kid",
      async () => {
        const es = await currentSigningKey(store, 'ES256')
        const ed = await currentSigningKey(store, 'Ed25519')
        return new SignJWT(claims())
          .setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt', kid: es.kid })
          .sign(ed.key)
      },
      'TOKEN_ALG_NOT_ALLOWED',
    ],
    [
      'Ed448, the other curve RFC 9864 names, not on the list',
      async () => `${b64url({ alg: 'Ed448', typ: 'at+jwt', kid: 'x' })}.${b64url(claims())}.c2ln`,
      'TOKEN_ALG_NOT_ALLOWED',
    ],
    [
      'stripped signature',
      async () => (await signWithServerKey('ES256', claims())).replace(/[^.]+$/, ''),
      'TOKEN_BAD_SIGNATURE',
    ],
    [
      // base64url characters, but a length no base64url text can have (4n + 1)
      'a signature of one character',
      async () => (await signWithServerKey('ES256', claims())).replace(/[^.]+$/, 'A'),
      'TOKEN_MALFORMED',
    ],
    [
      'tampered payload (sub changed, signature kept)',
      async () => {
        const [h, , s] = (await signWithServerKey('Ed25519', claims())).split('.')
        return `${h}.${b64url(claims({ sub: 'admin' }))}.${s}`
      },
      'TOKEN_BAD_SIGNATURE',
    ],
    [
      'HS256 tampered payload',
      async () => {
        const [h, , s] = (await signWithServerKey('HS256', claims())).split('.')
        return `${h}.${b64url(claims({ exp: t0s + 999_999 }))}.${s}`
      },
      'TOKEN_BAD_SIGNATURE',
    ],
    [
      'embedded jwk header with the attacker’s own key (CVE-2018-0114 style)',
      async () => {
        const { privateKey, publicKey } = await generateKeyPair('ES256')
        const jwk = await exportJWK(publicKey)
        return new SignJWT(claims())
          .setProtectedHeader({
            alg: 'ES256',
            typ: 'at+jwt',
            kid: await calculateJwkThumbprint(jwk),
            jwk,
          })
          .sign(privateKey)
      },
      'TOKEN_EMBEDDED_KEY',
    ],
    [
      'jku header',
      () => signWithServerKey('ES256', claims(), { jku: 'https://evil.example/jwks' }),
      'TOKEN_EMBEDDED_KEY',
    ],
    ['one segment', async () => 'abc', 'TOKEN_MALFORMED'],
    ['two segments', async () => 'abc.def', 'TOKEN_MALFORMED'],
    ['five segments (a JWE)', async () => 'a.b.c.d.e', 'TOKEN_MALFORMED'],
    ['not base64url', async () => 'e30=.e30.sig', 'TOKEN_MALFORMED'],
    [
      'header is not JSON',
      async () => `${b64url('not json')}.${b64url(claims())}.c2ln`,
      'TOKEN_MALFORMED',
    ],
    [
      'payload is not JSON',
      async () => {
        const { kid, key } = await currentSigningKey(store, 'HS256')
        const header = b64url({ alg: 'HS256', typ: 'at+jwt', kid })
        const payload = base64url.encode('not json')
        const { createHmac } = await import('node:crypto')
        const sig = createHmac('sha256', key as Uint8Array)
          .update(`${header}.${payload}`)
          .digest('base64url')
        return `${header}.${payload}.${sig}`
      },
      'TOKEN_MALFORMED',
    ],
  ]

  it.each(attacks)('%s', async (_name, makeToken, code) => {
    const result = await verify(await makeToken())
    expect(result).toMatchObject({ ok: false, code })
  })

  it('accepts the untouched control token, so each attack fails for its own reason', async () => {
    expect((await verify(await signWithServerKey('ES256', claims()))).ok).toBe(true)
    expect((await verify(await signWithServerKey('HS256', claims()))).ok).toBe(true)
  })

  it('refuses a token issued for another site origin', async () => {
    const { token } = await issueAccessToken(store, {
      userId: 'u',
      issuer: 'https://other.example',
      alg: 'ES256',
    })
    expect(await verify(token)).toMatchObject({ ok: false, code: 'TOKEN_WRONG_ISSUER' })
  })
})
