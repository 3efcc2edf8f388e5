import { REFRESH_TOKEN_TTL_S } from '@/lib/auth/config'
import {
  hashRefreshToken,
  revokeRefreshFamily,
  rotateRefreshToken,
  startRefreshFamily,
} from '@/lib/auth/refresh-token'
import type { Store } from '@/lib/db'
import { openTestStore } from './helpers'

let store: Store
const T0 = Date.UTC(2030, 0, 1)

beforeAll(async () => {
  store = await openTestStore()
  await store.users.create({
    id: 'u1',
    email: 'u1@example.com',
    name: 'U',
    passwordHash: 'x',
    createdAt: 0,
  })
})
afterAll(() => store.close())

const start = () =>
  startRefreshFamily(store, { userId: 'u1', alg: 'Ed25519', accessTtl: 30, now: T0 })

async function codeOf(promise: ReturnType<typeof rotateRefreshToken>) {
  const result = await promise
  return result.ok ? 'OK' : result.code
}

async function spend(token: string, now: number) {
  const result = await rotateRefreshToken(store, token, now)
  if (!result.ok) throw new Error(`expected a rotation, got ${result.code}`)
  return result
}

describe('refresh tokens', () => {
  it('stores only a SHA-256 hash of the opaque token', async () => {
    const { token } = await start()
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const found = await store.refresh.findToken(await hashRefreshToken(token))
    expect(found?.token.tokenHash).not.toBe(token)
    expect(await store.refresh.findToken(token)).toBeNull()
  })

  it('rotates, keeping the login choices, and refuses the spent token as reuse', async () => {
    const first = await start()
    const second = await spend(first.token, T0 + 1000)
    expect(second.token).not.toBe(first.token)
    expect(second.family).toMatchObject({ alg: 'Ed25519', accessTtl: 30, userId: 'u1' })
    const third = await spend(second.token, T0 + 2000)
    expect(third.family.id).toBe(first.familyId)

    // Replaying the first token revokes the whole family: even the newest token is dead.
    expect(await codeOf(rotateRefreshToken(store, first.token, T0 + 3000))).toBe(
      'REFRESH_TOKEN_REUSED',
    )
    expect(await codeOf(rotateRefreshToken(store, third.token, T0 + 4000))).toBe(
      'REFRESH_TOKEN_REVOKED',
    )
  })

  it('lets exactly one of two racing refreshes with the same token win', async () => {
    const { token } = await start()
    const results = await Promise.all([
      codeOf(rotateRefreshToken(store, token, T0 + 1000)),
      codeOf(rotateRefreshToken(store, token, T0 + 1000)),
    ])
    expect(results.sort()).toEqual(['OK', 'REFRESH_TOKEN_REUSED'])
  })

  it('refuses an unknown token and an expired one', async () => {
    expect(await codeOf(rotateRefreshToken(store, 'made-up', T0))).toBe('REFRESH_TOKEN_INVALID')
    const { token } = await start()
    const late = T0 + REFRESH_TOKEN_TTL_S * 1000
    expect(await codeOf(rotateRefreshToken(store, token, late - 1))).toBe('OK')
    const next = await start()
    expect(await codeOf(rotateRefreshToken(store, next.token, late))).toBe('REFRESH_TOKEN_EXPIRED')
  })

  it('revokes the family on logout', async () => {
    const { token } = await start()
    expect(await revokeRefreshFamily(store, token, T0)).toBe(true)
    expect(await revokeRefreshFamily(store, 'unknown', T0)).toBe(false)
    expect(await codeOf(rotateRefreshToken(store, token, T0 + 1))).toBe('REFRESH_TOKEN_REVOKED')
  })
})
