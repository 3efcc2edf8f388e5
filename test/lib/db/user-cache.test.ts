import { openSqliteStore, type UserRecord } from '@/lib/db'
import { withUserCache } from '@/lib/db/user-cache'
import { sqlite } from './engines'

const user = (id: string): UserRecord => ({
  id,
  email: `${id}@example.com`,
  name: id,
  passwordHash: '$argon2id$fake',
  createdAt: 1,
})

// `here` reads users through a cache whose clock the test moves; the rows change underneath.
async function setup(options: { maxEntries?: number } = {}) {
  const url = await sqlite.freshUrl()
  const inner = await openSqliteStore(url, { userCacheMs: 0 })
  let now = 0
  const here = withUserCache(inner.users, { ttlMs: 5_000, clock: () => now, ...options })
  const remove = (id: string) => sqlite.query(url, `DELETE FROM users WHERE id = '${id}'`)
  return { inner, here, remove, advance: (ms: number) => (now += ms), close: () => inner.close() }
}

describe('user cache (GET /api/me reads a user by id on every request)', () => {
  it('answers findById from memory for the TTL, then from the database again', async () => {
    const { here, remove, advance, close } = await setup()
    await here.create(user('u1'))
    expect((await here.findById('u1'))?.email).toBe('u1@example.com')
    await remove('u1')
    advance(4_999)
    expect((await here.findById('u1'))?.id).toBe('u1')
    advance(1)
    expect(await here.findById('u1')).toBeNull()
    close()
  })

  it('never remembers a miss: a user created elsewhere is found at once', async () => {
    const { inner, here, close } = await setup()
    expect(await here.findById('later')).toBeNull()
    await inner.users.create(user('later'))
    expect((await here.findById('later'))?.id).toBe('later')
    close()
  })

  it('reads by email straight from the database (login checks the password hash there)', async () => {
    const { here, remove, close } = await setup()
    await here.create(user('u2'))
    await here.findById('u2')
    await remove('u2')
    expect(await here.findByEmail('u2@example.com')).toBeNull()
    close()
  })

  it('keeps at most maxEntries users, forgetting the oldest first', async () => {
    const { here, remove, close } = await setup({ maxEntries: 2 })
    for (const id of ['a', 'b', 'c']) {
      await here.create(user(id))
      await here.findById(id)
    }
    for (const id of ['a', 'b', 'c']) await remove(id)
    expect(await here.findById('a')).toBeNull()
    expect((await here.findById('b'))?.id).toBe('b')
    expect((await here.findById('c'))?.id).toBe('c')
    close()
  })

  it('hands out copies, so a caller cannot change what others read', async () => {
    const { here, close } = await setup()
    await here.create(user('u3'))
    const first = await here.findById('u3')
    first!.name = 'changed'
    expect((await here.findById('u3'))?.name).toBe('u3')
    close()
  })
})
