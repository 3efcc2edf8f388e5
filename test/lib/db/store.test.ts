/**
 * The store's contract, run against every engine: embedded SQLite and a real PostgreSQL (see
 * ./engines.ts). Whatever lib/auth relies on is asserted here once, for both.
 */
import { existsSync } from 'node:fs'
import { getStore, MIGRATIONS, openStore, type SigningKeyRecord, type Store } from '@/lib/db'
import { ENGINES, type Engine } from './engines'

const stores: Store[] = []
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

describe.each(ENGINES)('store on $name', (engine: Engine) => {
  if (!engine.available) {
    it.skip(`${engine.name} is not installed here: every ${engine.name} contract test SKIPPED`)
    return
  }

  async function open(url?: string) {
    const store = await openStore(url ?? (await engine.freshUrl()))
    stores.push(store)
    return store
  }

  describe('migrations', () => {
    it('records every migration once, however often the database is opened', async () => {
      const url = await engine.freshUrl()
      await open(url)
      await open(url)
      const rows = await engine.query(url, 'SELECT version FROM schema_migrations ORDER BY version')
      expect(rows.map((row) => Number(row.version))).toEqual(MIGRATIONS.map((m) => m.version))
    })

    it('migrates a fresh database from two processes starting at once', async () => {
      const url = await engine.freshUrl()
      const both = await Promise.all([open(url), open(url)])
      expect(both).toHaveLength(2)
      const rows = await engine.query(url, 'SELECT version FROM schema_migrations ORDER BY version')
      expect(rows.map((row) => Number(row.version))).toEqual(MIGRATIONS.map((m) => m.version))
    })
  })

  describe('users', () => {
    it('refuses a duplicate email without changing the first user', async () => {
      const store = await open()
      expect(await store.users.create(user('u1', 'a@example.com'))).toBe(true)
      expect(await store.users.create(user('u2', 'a@example.com'))).toBe(false)
      expect((await store.users.findByEmail('a@example.com'))?.id).toBe('u1')
      expect(await store.users.findById('u2')).toBeNull()
      expect(await store.users.findById('u1')).toEqual(user('u1', 'a@example.com'))
    })
  })

  describe('refresh tokens', () => {
    it('marks a token used exactly once, even when ten callers race', async () => {
      const store = await open()
      await family(store, 'f1')
      const results = await Promise.all(
        Array.from({ length: 10 }, () => store.refresh.markUsed('hash-f1', 42)),
      )
      expect(results.filter(Boolean)).toHaveLength(1)
      expect((await store.refresh.findToken('hash-f1'))?.token.usedAt).toBe(42)
    })

    it('marks a token used exactly once across two stores on the same database', async () => {
      const url = await engine.freshUrl()
      const [first, second] = [await open(url), await open(url)]
      await family(first, 'f3')
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 ? first : second).refresh.markUsed('hash-f3', i + 1),
        ),
      )
      expect(results.filter(Boolean)).toHaveLength(1)
    })

    it('keeps the first revocation reason and time, seen from every store', async () => {
      const url = await engine.freshUrl()
      const [store, other] = [await open(url), await open(url)]
      await family(store, 'f2')
      await store.refresh.revokeFamily('f2', 100, 'reuse')
      await other.refresh.revokeFamily('f2', 200, 'logout')
      const found = await other.refresh.findToken('hash-f2')
      expect(found?.family).toEqual({
        id: 'f2',
        userId: 'user-f2',
        alg: 'ES256',
        accessTtl: 300,
        createdAt: 1,
        expiresAt: 10_000,
        revokedAt: 100,
        revokedReason: 'reuse',
      })
      expect(found?.token).toEqual({
        tokenHash: 'hash-f2',
        familyId: 'f2',
        createdAt: 1,
        expiresAt: 5_000,
        usedAt: null,
      })
      expect(await store.refresh.findToken('no-such-hash')).toBeNull()
    })

    it('adds rotated tokens to the family and keeps millisecond times exact', async () => {
      const store = await open()
      await family(store, 'f4')
      const now = Date.UTC(2026, 11, 1, 9, 30, 0, 123)
      await store.refresh.addToken({
        tokenHash: 'hash-f4-next',
        familyId: 'f4',
        createdAt: now,
        expiresAt: now + 86_400_000,
        usedAt: null,
      })
      expect((await store.refresh.findToken('hash-f4-next'))?.token).toMatchObject({
        familyId: 'f4',
        createdAt: now,
        expiresAt: now + 86_400_000,
      })
    })
  })

  describe('signing keys', () => {
    it('keeps one current key per algorithm and retires the old one on rotation', async () => {
      const store = await open()
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

    it('leaves exactly one current key when two stores rotate at once', async () => {
      const url = await engine.freshUrl()
      const [first, second] = [await open(url), await open(url)]
      await first.signingKeys.insertIfNoCurrent(key('es-0', 'ES256'))
      await Promise.all([
        first.signingKeys.rotate(key('es-a', 'ES256', 2), 2),
        second.signingKeys.rotate(key('es-b', 'ES256', 2), 2),
      ])
      const keys = await first.signingKeys.list()
      expect(keys.map((k) => k.kid).sort()).toEqual(['es-0', 'es-a', 'es-b'])
      expect(keys.filter((k) => k.retiredAt === null)).toHaveLength(1)
    })

    it('finds a key another store has just added', async () => {
      const url = await engine.freshUrl()
      const [first, second] = [await open(url), await open(url)]
      await first.signingKeys.insertIfNoCurrent(key('es-0', 'ES256'))
      expect(await second.signingKeys.list()).toHaveLength(1)
      await first.signingKeys.rotate(key('es-new', 'ES256', 2), 2)
      // A token signed with a new key must verify on every instance at once.
      expect((await second.signingKeys.find('es-new'))?.retiredAt).toBeNull()
    })

    it('renames what an earlier version stored as EdDSA to Ed25519, its RFC 9864 name', async () => {
      const url = await engine.freshUrl()
      const store = await open(url)
      await family(store, 'fam-ed')
      // Written as the version before the rename wrote them, bypassing today's types.
      await engine.query(
        url,
        `INSERT INTO signing_keys (kid, alg, private_jwk, public_jwk, created_at, retired_at)
         VALUES ('ed-old', 'EdDSA', '{}', '{}', 1, 2), ('ed-cur', 'EdDSA', '{}', '{}', 2, NULL)`,
      )
      await engine.query(url, `UPDATE refresh_families SET alg = 'EdDSA' WHERE id = 'fam-ed'`)
      const renamed = MIGRATIONS.find((m) => m.name.includes('Ed25519'))
      expect(renamed).toBeDefined()
      await engine.query(url, `DELETE FROM schema_migrations WHERE version = ${renamed!.version}`)

      const reopened = await open(url)
      const keys = await reopened.signingKeys.list()
      expect(keys.map((k) => [k.kid, k.alg, k.retiredAt])).toEqual([
        ['ed-old', 'Ed25519', 2],
        ['ed-cur', 'Ed25519', null],
      ])
      expect((await reopened.refresh.findToken('hash-fam-ed'))?.family.alg).toBe('Ed25519')
    })

    it('reads EdDSA as Ed25519 when an older instance writes it after the rename (a rolling deploy)', async () => {
      const url = await engine.freshUrl()
      const store = await open(url)
      await family(store, 'fam-late')
      await engine.query(
        url,
        `INSERT INTO signing_keys (kid, alg, private_jwk, public_jwk, created_at, retired_at)
         VALUES ('ed-late', 'EdDSA', '{}', '{}', 3, NULL)`,
      )
      await engine.query(url, `UPDATE refresh_families SET alg = 'EdDSA' WHERE id = 'fam-late'`)
      const keys = await (await open(url)).signingKeys.list()
      expect(keys.find((k) => k.kid === 'ed-late')?.alg).toBe('Ed25519')
      expect((await store.refresh.findToken('hash-fam-late'))?.family.alg).toBe('Ed25519')
    })
  })
})

describe.each(ENGINES)('login throttle (compare-and-set) on $name', (engine: Engine) => {
  if (!engine.available) {
    it.skip(`${engine.name} is not installed here: its login-throttle tests SKIPPED`)
    return
  }
  async function open(url?: string) {
    const store = await openStore(url ?? (await engine.freshUrl()))
    stores.push(store)
    return store
  }
  const row = (failures: number, at: number) => ({
    key: 'a@example.com',
    failures,
    nextAttemptAt: at + failures * 1000,
    updatedAt: at,
  })

  it('inserts only when no row exists, updates only from the exact row read', async () => {
    const store = await open()
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
    const store = await open()
    await store.loginThrottle.compareAndSet(null, row(1, 10))
    const wins = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.loginThrottle.compareAndSet(row(1, 10), row(2, 100 + i)),
      ),
    )
    expect(wins.filter(Boolean)).toHaveLength(1)
  })

  it('deletes one key, or every row last changed before a time', async () => {
    const store = await open()
    await store.loginThrottle.compareAndSet(null, { ...row(1, 10), key: 'old@example.com' })
    await store.loginThrottle.compareAndSet(null, { ...row(1, 50), key: 'new@example.com' })
    await store.loginThrottle.compareAndSet(null, { ...row(1, 60), key: 'gone@example.com' })
    await store.loginThrottle.delete('gone@example.com')
    expect(await store.loginThrottle.get('gone@example.com')).toBeNull()
    expect(await store.loginThrottle.deleteUpdatedBefore(50)).toBe(1)
    expect(await store.loginThrottle.get('old@example.com')).toBeNull()
    expect(await store.loginThrottle.get('new@example.com')).not.toBeNull()
  })

  it('lets exactly one of many racing writers from one expectation through, across stores', async () => {
    const url = await engine.freshUrl()
    const [first, second] = [await open(url), await open(url)]
    for (const expected of [null, row(1, 1_700_000_000_000)]) {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 ? first : second).loginThrottle.compareAndSet(
            expected,
            row(expected ? 2 : 1, 1_700_000_000_000),
          ),
        ),
      )
      expect(results.filter(Boolean)).toHaveLength(1)
    }
    expect(await second.loginThrottle.get('a@example.com')).toEqual(row(2, 1_700_000_000_000))
  })
})

describe('SQLite files', () => {
  it('creates the folder and the file', async () => {
    const url = await ENGINES[0]!.freshUrl()
    const store = await openStore(url)
    stores.push(store)
    expect(existsSync(url.slice('file:'.length))).toBe(true)
  })
})

describe('getStore', () => {
  it('opens one store per DATABASE_URL and process', async () => {
    process.env.DATABASE_URL = await ENGINES[0]!.freshUrl()
    const [a, b] = await Promise.all([getStore(), getStore()])
    expect(a).toBe(b)
    expect(a.url).toBe(process.env.DATABASE_URL)
    stores.push(a)
  })
})
