import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient } from '@libsql/client'
import { getStore, MIGRATIONS, openStore, type SigningKeyRecord, type Store } from '@/lib/db'

const dir = mkdtempSync(join(tmpdir(), 'jwtpg-db-'))
const stores: Store[] = []
async function open(name: string) {
  const store = await openStore(`file:${join(dir, name)}`)
  stores.push(store)
  return store
}
afterAll(() => stores.forEach((store) => store.close()))

const user = (id: string, email: string) => ({
  id,
  email,
  name: id,
  passwordHash: '$argon2id$fake',
  createdAt: 1,
})

const key = (kid: string, alg: SigningKeyRecord['alg'], createdAt = 1): SigningKeyRecord => ({
  kid,
  alg,
  privateJwk: '{}',
  publicJwk: alg === 'HS256' ? null : '{}',
  createdAt,
  retiredAt: null,
})

describe('migrations', () => {
  it('creates the folder and the file, and records every migration once', async () => {
    const path = join(dir, 'deep', 'er', 'migrate.db')
    const store = await openStore(`file:${path}`)
    store.close()
    expect(existsSync(path)).toBe(true)
    // Opening again must not re-run anything (the tables exist; a rerun would also be harmless,
    // so check the record table itself).
    const again = await openStore(`file:${path}`)
    again.close()
    const client = createClient({ url: `file:${path}` })
    const rows = (await client.execute('SELECT version FROM schema_migrations ORDER BY version'))
      .rows
    client.close()
    expect(rows.map((row) => Number(row.version))).toEqual(MIGRATIONS.map((m) => m.version))
  })
})

describe('users', () => {
  it('refuses a duplicate email without changing the first user', async () => {
    const store = await open('users.db')
    expect(await store.users.create(user('u1', 'a@example.com'))).toBe(true)
    expect(await store.users.create(user('u2', 'a@example.com'))).toBe(false)
    expect((await store.users.findByEmail('a@example.com'))?.id).toBe('u1')
    expect(await store.users.findById('u2')).toBeNull()
    expect((await store.users.findById('u1'))?.passwordHash).toBe('$argon2id$fake')
  })
})

describe('refresh tokens', () => {
  async function family(store: Store, id: string) {
    await store.users.create(user(`user-${id}`, `${id}@example.com`))
    await store.refresh.createFamily(
      {
        id,
        userId: `user-${id}`,
        alg: 'ES256',
        accessTtl: 300,
        createdAt: 1,
        expiresAt: 10_000,
        revokedAt: null,
        revokedReason: null,
      },
      { tokenHash: `hash-${id}`, familyId: id, createdAt: 1, expiresAt: 5_000, usedAt: null },
    )
  }

  it('marks a token used exactly once, even when ten callers race', async () => {
    const store = await open('refresh.db')
    await family(store, 'f1')
    const results = await Promise.all(
      Array.from({ length: 10 }, () => store.refresh.markUsed('hash-f1', 42)),
    )
    expect(results.filter(Boolean)).toHaveLength(1)
    expect((await store.refresh.findToken('hash-f1'))?.token.usedAt).toBe(42)
  })

  it('marks a token used exactly once across two connections to the same file', async () => {
    const first = await open('shared.db')
    const second = await open('shared.db')
    await family(first, 'f3')
    const results = await Promise.all([
      first.refresh.markUsed('hash-f3', 1),
      second.refresh.markUsed('hash-f3', 2),
    ])
    expect(results.filter(Boolean)).toHaveLength(1)
  })

  it('keeps the first revocation reason and time', async () => {
    const store = await open('revoke.db')
    await family(store, 'f2')
    await store.refresh.revokeFamily('f2', 100, 'reuse')
    await store.refresh.revokeFamily('f2', 200, 'logout')
    const found = await store.refresh.findToken('hash-f2')
    expect(found?.family).toMatchObject({ revokedAt: 100, revokedReason: 'reuse', alg: 'ES256' })
    expect(await store.refresh.findToken('no-such-hash')).toBeNull()
  })
})

describe('signing keys', () => {
  it('keeps one current key per algorithm and retires the old one on rotation', async () => {
    const store = await open('keys.db')
    expect(await store.signingKeys.insertIfNoCurrent(key('es-1', 'ES256'))).toBe(true)
    expect(await store.signingKeys.insertIfNoCurrent(key('es-2', 'ES256'))).toBe(false)
    expect(await store.signingKeys.insertIfNoCurrent(key('hs-1', 'HS256'))).toBe(true)
    await store.signingKeys.rotate(key('es-3', 'ES256', 2), 500)
    const keys = await store.signingKeys.list()
    expect(keys.map((k) => [k.kid, k.retiredAt])).toEqual([
      ['es-1', 500],
      ['hs-1', null],
      ['es-3', null],
    ])
    expect(await store.signingKeys.deleteRetiredBefore(500)).toBe(0)
    expect(await store.signingKeys.deleteRetiredBefore(501)).toBe(1)
    expect(await store.signingKeys.find('es-1')).toBeNull()
    expect((await store.signingKeys.find('hs-1'))?.publicJwk).toBeNull()
  })
})

describe('getStore', () => {
  it('opens one store per DATABASE_URL and process', async () => {
    process.env.DATABASE_URL = `file:${join(dir, 'singleton.db')}`
    const [a, b] = await Promise.all([getStore(), getStore()])
    expect(a).toBe(b)
    expect(a.url).toBe(process.env.DATABASE_URL)
    stores.push(a)
  })
})

describe('login throttle (compare-and-set)', () => {
  const row = (failures: number, at: number) => ({
    key: 'a@example.com',
    failures,
    nextAttemptAt: at + failures * 1000,
    updatedAt: at,
  })

  it('inserts only when no row exists, updates only from the exact row read', async () => {
    const store = await open('throttle.db')
    expect(await store.loginThrottle.get('a@example.com')).toBeNull()
    expect(await store.loginThrottle.compareAndSet(null, row(1, 10))).toBe(true)
    // A second insert from the same (stale) read loses.
    expect(await store.loginThrottle.compareAndSet(null, row(1, 11))).toBe(false)
    expect(await store.loginThrottle.get('a@example.com')).toEqual(row(1, 10))
    expect(await store.loginThrottle.compareAndSet(row(1, 10), row(2, 20))).toBe(true)
    // Any field that changed since the read makes the write lose.
    expect(await store.loginThrottle.compareAndSet(row(1, 10), row(2, 21))).toBe(false)
    expect(
      await store.loginThrottle.compareAndSet({ ...row(2, 20), nextAttemptAt: 0 }, row(3, 30)),
    ).toBe(false)
    expect(await store.loginThrottle.get('a@example.com')).toEqual(row(2, 20))
  })

  it('lets exactly one of many racing writers from the same read win', async () => {
    const store = await open('throttle-race.db')
    await store.loginThrottle.compareAndSet(null, row(1, 10))
    const wins = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.loginThrottle.compareAndSet(row(1, 10), row(2, 100 + i)),
      ),
    )
    expect(wins.filter(Boolean)).toHaveLength(1)
  })

  it('deletes one key, or every row last changed before a time', async () => {
    const store = await open('throttle-prune.db')
    await store.loginThrottle.compareAndSet(null, { ...row(1, 10), key: 'old@example.com' })
    await store.loginThrottle.compareAndSet(null, { ...row(1, 50), key: 'new@example.com' })
    await store.loginThrottle.compareAndSet(null, { ...row(1, 60), key: 'gone@example.com' })
    await store.loginThrottle.delete('gone@example.com')
    expect(await store.loginThrottle.get('gone@example.com')).toBeNull()
    expect(await store.loginThrottle.deleteUpdatedBefore(50)).toBe(1)
    expect(await store.loginThrottle.get('old@example.com')).toBeNull()
    expect(await store.loginThrottle.get('new@example.com')).not.toBeNull()
  })
})
