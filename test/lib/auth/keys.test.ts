import {
  SignJWT,
  calculateJwkThumbprint,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  jwtVerify,
} from 'jose'
import { issueAccessToken, verifyAccessToken } from '@/lib/auth/access-token'
import { ACCESS_TOKEN_AUDIENCE, RETIRED_KEY_GRACE_S } from '@/lib/auth/config'
import { ensureSigningKeys, publicJwks, rotateSigningKeys } from '@/lib/auth/keys'
import type { SigningAlg, Store } from '@/lib/db'
import { openTestStore } from './helpers'

const ISSUER = 'http://localhost'
const T0 = Date.UTC(2030, 5, 1)

let store: Store
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(T0)
  store = await openTestStore()
})
afterEach(() => {
  store.close()
  vi.useRealTimers()
})

describe('signing keys', () => {
  it('publishes an RSA key whole: n and e, and still no private member', async () => {
    // The demo signs with no RSA key today; the JWKS must not depend on that staying true.
    const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true })
    const publicJwk = await exportJWK(publicKey)
    const kid = await calculateJwkThumbprint(publicJwk)
    await store.signingKeys.insertIfNoCurrent({
      kid,
      alg: 'RS256' as SigningAlg,
      privateJwk: JSON.stringify(await exportJWK(privateKey)),
      publicJwk: JSON.stringify(publicJwk),
      createdAt: T0,
      retiredAt: null,
    })
    const published = (await publicJwks(store)).keys.find((key) => key.kid === kid)
    expect(published).toEqual({
      kty: 'RSA',
      n: publicJwk.n,
      e: publicJwk.e,
      kid,
      alg: 'RS256',
      use: 'sig',
    })
    // Whole means usable: a verifier holding only the JWKS checks a token this key signed.
    const token = await new SignJWT({ sub: 'u' })
      .setProtectedHeader({ alg: 'RS256', kid })
      .sign(privateKey)
    const jwks = createLocalJWKSet({ keys: [published!] })
    await expect(jwtVerify(token, jwks)).resolves.toBeTruthy()
  })

  it('creates one key per algorithm on first start, and no more on the next start', async () => {
    await ensureSigningKeys(store)
    const keys = await store.signingKeys.list()
    expect(keys.map((key) => key.alg).sort()).toEqual(['ES256', 'Ed25519', 'HS256'])
    expect(keys.every((key) => key.retiredAt === null)).toBe(true)
  })

  it('publishes only public asymmetric keys, with kid, alg and use, never the HMAC secret', async () => {
    const { keys } = await publicJwks(store)
    expect(keys.map((key) => key.alg).sort()).toEqual(['ES256', 'Ed25519'])
    for (const key of keys) {
      expect(key).toMatchObject({ use: 'sig', kid: expect.any(String) })
      expect(Object.keys(key)).not.toContain('d')
      expect(key.kty).not.toBe('oct')
      expect(Object.keys(key).sort()).toEqual(
        key.kty === 'EC'
          ? ['alg', 'crv', 'kid', 'kty', 'use', 'x', 'y']
          : ['alg', 'crv', 'kid', 'kty', 'use', 'x'],
      )
    }
    const hs = (await store.signingKeys.list()).find((key) => key.alg === 'HS256')
    expect(JSON.stringify(keys)).not.toContain(hs?.kid)
  })

  it('lets anyone verify an ES256 or Ed25519 token with the published JWKS', async () => {
    const jwks = createLocalJWKSet(await publicJwks(store))
    for (const alg of ['ES256', 'Ed25519'] as const) {
      const { token } = await issueAccessToken(store, { userId: 'u', issuer: ISSUER, alg })
      const { payload } = await jwtVerify(token, jwks, { audience: ACCESS_TOKEN_AUDIENCE })
      expect(payload.sub).toBe('u')
    }
  })

  it('rotates: new current keys sign, retired keys verify and stay published until their grace ends', async () => {
    const old = await issueAccessToken(store, { userId: 'u', issuer: ISSUER, alg: 'ES256' })
    const oldHs = await issueAccessToken(store, { userId: 'u', issuer: ISSUER, alg: 'HS256' })
    const before = (await publicJwks(store)).keys.map((key) => key.kid)

    vi.setSystemTime(T0 + 10_000)
    const rotation = await rotateSigningKeys(store)
    expect(rotation.created).toHaveLength(3)
    expect(rotation.retired.map((key) => key.alg).sort()).toEqual(['ES256', 'Ed25519', 'HS256'])

    const after = (await publicJwks(store)).keys.map((key) => key.kid)
    expect(after).toHaveLength(4)
    expect(after).toEqual(expect.arrayContaining(before))
    const fresh = await issueAccessToken(store, { userId: 'u', issuer: ISSUER, alg: 'ES256' })
    expect(fresh.token.split('.')[0]).not.toBe(old.token.split('.')[0])
    expect((await verifyAccessToken(store, old.token, { issuer: ISSUER })).ok).toBe(true)
    expect((await verifyAccessToken(store, oldHs.token, { issuer: ISSUER })).ok).toBe(true)

    // Just before the grace period ends the retired keys are still there...
    vi.setSystemTime(T0 + 10_000 + RETIRED_KEY_GRACE_S * 1000 - 1)
    expect((await publicJwks(store)).keys).toHaveLength(4)
    // ...then they drop out of the JWKS, and a token signed by one names an unknown key.
    vi.setSystemTime(T0 + 10_000 + RETIRED_KEY_GRACE_S * 1000)
    const late = (await publicJwks(store)).keys.map((key) => key.kid)
    expect(late).toHaveLength(2)
    expect(late.some((kid) => before.includes(kid))).toBe(false)
    const oldKid = JSON.parse(
      Buffer.from(old.token.split('.')[0] ?? '', 'base64url').toString(),
    ).kid
    const { verificationKey } = await import('@/lib/auth/keys')
    expect(await verificationKey(store, oldKid)).toBeNull()

    // The next rotation deletes them from the database.
    vi.setSystemTime(T0 + 20_000 + RETIRED_KEY_GRACE_S * 1000)
    expect((await rotateSigningKeys(store)).deleted).toBe(3)
    expect(await store.signingKeys.list()).toHaveLength(6)
  })
})
