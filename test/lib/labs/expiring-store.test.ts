import { ExpiringStore } from '@/lib/labs/expiring-store'
import { MAX_INSTANCES_PER_LAB, checkAdmin, startLab } from '@/lib/labs/service'
import { queryLabKeys } from '@/lib/labs/kid-sql-database'
import { adminClaims, headerOf, sign } from './lab-client'

describe('ExpiringStore', () => {
  it('keeps at most `capacity` entries, evicting the oldest, and tells onEvict', () => {
    const evicted: string[] = []
    const store = new ExpiringStore<string>(3, 1000, (value) => evicted.push(value))
    for (const id of ['a', 'b', 'c', 'd']) store.set(id, `value-${id}`, 0)
    expect(store.size).toBe(3)
    expect(store.get('a', 0)).toEqual({ ok: false, reason: 'unknown' })
    expect(store.get('d', 0)).toEqual({ ok: true, value: 'value-d', expiresAt: 1000 })
    expect(evicted).toEqual(['value-a'])
  })

  it('reports an entry past its time as expired, and setting it again renews it', () => {
    const store = new ExpiringStore<number>(10, 1000)
    store.set('x', 1, 0)
    expect(store.get('x', 999).ok).toBe(true)
    expect(store.get('x', 1000)).toEqual({ ok: false, reason: 'expired' })
    store.set('x', 2, 1000)
    expect(store.get('x', 1500)).toMatchObject({ ok: true, value: 2 })
  })

  it('replacing an entry evicts the old value and moves the id to the newest place', () => {
    const evicted: number[] = []
    const store = new ExpiringStore<number>(2, 1000, (value) => evicted.push(value))
    store.set('a', 1, 0)
    store.set('b', 2, 0)
    store.set('a', 3, 0)
    store.set('c', 4, 0)
    expect(evicted).toEqual([1, 2])
    expect(store.get('a', 0).ok).toBe(true)
    expect(store.get('b', 0).ok).toBe(false)
  })
})

describe('lab instances are bounded', () => {
  it(`a lab keeps its ${MAX_INSTANCES_PER_LAB} newest instances; the oldest is then unknown`, async () => {
    const context = { origin: 'http://localhost', now: new Date() }
    const first = await startLab('alg-none', context)
    if (!first.ok) throw new Error(first.code)
    const forged = await sign({ alg: 'none' }, adminClaims(first.token))
    const ask = () =>
      checkAdmin({ slug: 'alg-none', token: forged, verifier: 'vulnerable', context })
    expect((await ask()).ok).toBe(true)
    for (let i = 0; i < MAX_INSTANCES_PER_LAB; i += 1) await startLab('alg-none', context)
    expect(await ask()).toMatchObject({ ok: false, code: 'LAB_INSTANCE_UNKNOWN' })
  })

  it('an evicted kid-sql-injection instance takes its key row with it', async () => {
    const context = { origin: 'http://localhost', now: new Date() }
    const first = await startLab('kid-sql-injection', context)
    if (!first.ok) throw new Error(first.code)
    const kid = String(headerOf(first.token).kid)
    const rows = () => queryLabKeys('SELECT kid FROM lab_keys WHERE kid = ?', [kid])
    expect(await rows()).toMatchObject({ ok: true, rows: [{ kid }] })
    for (let i = 0; i < MAX_INSTANCES_PER_LAB; i += 1) await startLab('kid-sql-injection', context)
    // The row goes in the background (onEvict is synchronous); let pending work run first.
    await new Promise((resolve) => setImmediate(resolve))
    expect(await rows()).toEqual({ ok: true, rows: [] })
    const count = await queryLabKeys('SELECT count(*) AS n FROM lab_keys')
    expect(count.ok && Number(count.rows[0]!.n)).toBeLessThanOrEqual(MAX_INSTANCES_PER_LAB)
  })
})
