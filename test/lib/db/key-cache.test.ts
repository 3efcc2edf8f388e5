import { openSqliteStore, openStore, type SigningKeyRecord } from '@/lib/db'
import { withKeyCache } from '@/lib/db/key-cache'
import { sqlite } from './engines'

const key = (kid: string, createdAt: number): SigningKeyRecord => ({
  kid,
  alg: 'ES256',
  privateJwk: '{}',
  publicJwk: '{}',
  createdAt,
  retiredAt: null,
})

// Two instances on one database: `elsewhere` writes straight to it, `here` reads through a
// cache whose clock the test moves.
async function setup() {
  const url = await sqlite.freshUrl()
  const elsewhere = await openStore(url)
  // The store's own key cache off: this test's cache is the one under test.
  const inner = await openSqliteStore(url, { signingKeyCacheMs: 0 })
  let now = 0
  const here = withKeyCache(inner.signingKeys, 5_000, () => now)
  await elsewhere.signingKeys.insertIfNoCurrent(key('old', 1))
  return {
    elsewhere: elsewhere.signingKeys,
    here,
    advance: (ms: number) => (now += ms),
    close: () => (elsewhere.close(), inner.close()),
  }
}

describe('signing-key cache', () => {
  it("sees another instance's rotation in the key list once the TTL has passed, not before", async () => {
    const { elsewhere, here, advance, close } = await setup()
    expect((await here.list()).map((k) => k.kid)).toEqual(['old'])
    await elsewhere.rotate(key('new', 2), 2)
    advance(4_999)
    expect((await here.list()).map((k) => [k.kid, k.retiredAt])).toEqual([['old', null]])
    advance(1)
    expect((await here.list()).map((k) => [k.kid, k.retiredAt])).toEqual([
      ['old', 2],
      ['new', null],
    ])
    close()
  })

  it('finds a kid it has not cached at once (a token signed elsewhere verifies here)', async () => {
    const { elsewhere, here, close } = await setup()
    await here.list()
    await elsewhere.rotate(key('new', 2), 2)
    expect((await here.find('new'))?.kid).toBe('new')
    expect(await here.find('never-existed')).toBeNull()
    close()
  })

  it('sees its own rotation at once', async () => {
    const { here, close } = await setup()
    await here.list()
    await here.rotate(key('mine', 2), 2)
    expect((await here.list()).filter((k) => k.retiredAt === null).map((k) => k.kid)).toEqual([
      'mine',
    ])
    close()
  })

  it('hands out copies, so a caller cannot change what others read', async () => {
    const { here, close } = await setup()
    const [first] = await here.list()
    first!.retiredAt = 99
    expect((await here.find('old'))?.retiredAt).toBeNull()
    close()
  })
})
