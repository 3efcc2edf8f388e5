import { verify as argon2Verify } from '@node-rs/argon2'
import { POST as loginRoute } from '@/app/api/auth/login/route'
import { POST as registerRoute } from '@/app/api/auth/register/route'
import { DEMO_ACCOUNTS, getAuthStore, resetRateLimits } from '@/lib/auth'
import { markConnectionHookInstalled } from '@/lib/http/client-address'
import { expectProblem, freshIp, jsonRequest, pointDatabaseAtTempFile } from './helpers'

pointDatabaseAtTempFile()

// The real argon2, watched: the parallel test counts verifications.
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof import('@node-rs/argon2')>()
  return { ...real, verify: vi.fn(real.verify) }
})

// Small limits keep the number of argon2 hashes in this file low; the logic is the same.
process.env.LOGIN_LIMIT_PER_IP = '4'
process.env.LOGIN_LIMIT_PER_ACCOUNT = '3'
process.env.LOGIN_LIMIT_WINDOW_S = '600'
process.env.LOGIN_MAX_DELAY_S = '4'
process.env.REGISTER_LIMIT_PER_IP = '2'

const alice = DEMO_ACCOUNTS[0]!
const bob = DEMO_ACCOUNTS[1]!

beforeEach(async () => {
  resetRateLimits()
  await (await getAuthStore()).loginThrottle.deleteUpdatedBefore(Number.MAX_SAFE_INTEGER)
})
afterEach(() => vi.useRealTimers())

const loginFrom = (peer: string, email: string, password: string, headers = {}) =>
  loginRoute(jsonRequest('/api/auth/login', { email, password }, { peer, headers }))

/** Freezes Date only: argon2 and the database still run on real timers and promises. */
function freezeAt(ms: number) {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(ms)
}

describe('per-account progressive delays', () => {
  it('after the free attempts, 429 LOGIN_DELAYED that says the account is not locked', async () => {
    freezeAt(Date.UTC(2026, 0, 1))
    for (let i = 0; i < 3; i += 1) {
      await expectProblem(
        await loginFrom(freshIp(), alice.email, 'wrong-password'),
        401,
        'INVALID_CREDENTIALS',
      )
    }
    // Even the right password waits now, from any address: a delay of 1 s, not a lock.
    const res = await loginFrom(freshIp(), alice.email, alice.password)
    const problem = await expectProblem(res, 429, 'LOGIN_DELAYED')
    expect(res.headers.get('retry-after')).toBe('1')
    expect(problem).toMatchObject({ retryAfter: 1 })
    expect(problem.detail).toContain('not locked')
    // Another account is not affected.
    expect((await loginFrom(freshIp(), bob.email, bob.password)).status).toBe(200)
  })

  it('doubles the delay with each attempt let through, up to the cap; refused ones change nothing', async () => {
    const start = Date.UTC(2026, 0, 2)
    freezeAt(start)
    for (let i = 0; i < 3; i += 1) await loginFrom(freshIp(), alice.email, 'wrong-password')
    const retryAfter = async () => {
      const res = await loginFrom(freshIp(), alice.email, 'wrong-password')
      if (res.status !== 429) return res.status
      await expectProblem(res, 429, 'LOGIN_DELAYED')
      return Number(res.headers.get('retry-after'))
    }
    let now = start
    const waits: number[] = []
    for (let round = 0; round < 5; round += 1) {
      const wait = await retryAfter()
      // Refused again at the same moment: the wait is the same, not longer.
      expect(await retryAfter()).toBe(wait)
      waits.push(wait)
      now += wait * 1000
      vi.setSystemTime(now)
      expect(await retryAfter()).toBe(401)
    }
    expect(waits).toEqual([1, 2, 4, 4, 4])
  })

  it('a success clears the delay: the free attempts are back', async () => {
    const start = Date.UTC(2026, 0, 3)
    freezeAt(start)
    for (let i = 0; i < 3; i += 1) await loginFrom(freshIp(), bob.email, 'wrong-password')
    vi.setSystemTime(start + 1000)
    expect((await loginFrom(freshIp(), bob.email, bob.password)).status).toBe(200)
    for (let i = 0; i < 3; i += 1) {
      expect((await loginFrom(freshIp(), bob.email, 'wrong-password')).status).toBe(401)
    }
  })

  it('forgets an account left alone for the whole window', async () => {
    const start = Date.UTC(2026, 0, 4)
    freezeAt(start)
    for (let i = 0; i < 4; i += 1) await loginFrom(freshIp(), bob.email, 'wrong-password')
    vi.setSystemTime(start + 600_000)
    for (let i = 0; i < 3; i += 1) {
      expect((await loginFrom(freshIp(), bob.email, 'wrong-password')).status).toBe(401)
    }
  })

  it('50 parallel wrong passwords to one account: at most 5 argon2 checks', async () => {
    process.env.LOGIN_LIMIT_PER_ACCOUNT = '5'
    try {
      const verify = vi.mocked(argon2Verify)
      verify.mockClear()
      const answers = await Promise.all(
        Array.from({ length: 50 }, () => loginFrom(freshIp(), alice.email, 'wrong-password')),
      )
      const statuses = answers.map((res) => res.status)
      expect(verify.mock.calls.length).toBeGreaterThanOrEqual(1)
      expect(verify.mock.calls.length).toBeLessThanOrEqual(5)
      expect(statuses.filter((status) => status === 401).length).toBe(verify.mock.calls.length)
      expect(statuses.filter((status) => status === 429).length).toBe(50 - verify.mock.calls.length)
    } finally {
      process.env.LOGIN_LIMIT_PER_ACCOUNT = '3'
    }
  })
})

describe('per-address limits', () => {
  it('429 RATE_LIMITED after too many attempts from one address, whatever X-Forwarded-For says', async () => {
    const peer = '192.0.2.50'
    for (let i = 0; i < 4; i += 1) {
      await expectProblem(
        await loginFrom(peer, `user${i}@example.com`, 'whatever', {
          'X-Forwarded-For': `198.51.100.${i}`,
          'X-Real-IP': `198.51.100.${i}`,
        }),
        401,
        'INVALID_CREDENTIALS',
      )
    }
    const res = await loginFrom(peer, bob.email, bob.password, { 'X-Forwarded-For': '10.9.9.9' })
    await expectProblem(res, 429, 'RATE_LIMITED')
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await loginFrom('192.0.2.51', bob.email, bob.password)).status).toBe(200)
  })

  it('counts every address of one IPv6 /64, in any spelling, together', async () => {
    const spellings = ['2001:db8:5:6::1', '2001:DB8:5:6:0:0:0:2', '2001:db8:5:6:ab::', '::1']
    for (const [i, peer] of spellings.slice(0, 3).entries()) {
      await loginFrom(peer, `v6user${i}@example.com`, 'whatever')
    }
    await loginFrom('2001:0db8:0005:0006:ffff::9', 'v6user9@example.com', 'whatever')
    await expectProblem(
      await loginFrom('2001:db8:5:6::77', bob.email, bob.password),
      429,
      'RATE_LIMITED',
    )
    expect((await loginFrom('2001:db8:5:7::1', bob.email, bob.password)).status).toBe(200)
  })

  it('limits registrations per address', async () => {
    const register = () =>
      registerRoute(
        jsonRequest(
          '/api/auth/register',
          { email: alice.email, password: 'some-long-pass', name: 'A' },
          { peer: '192.0.2.99' },
        ),
      )
    await expectProblem(await register(), 409, 'EMAIL_TAKEN')
    await expectProblem(await register(), 409, 'EMAIL_TAKEN')
    const res = await register()
    await expectProblem(res, 429, 'RATE_LIMITED')
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/)
  })

  it('fails closed without the connection hook: a 500, never a header the client wrote', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    markConnectionHookInstalled(false)
    try {
      const res = await loginFrom('192.0.2.60', bob.email, bob.password)
      await expectProblem(res, 500, 'INTERNAL_ERROR')
      expect(log).toHaveBeenCalledOnce()
    } finally {
      markConnectionHookInstalled(true)
      log.mockRestore()
    }
  })
})
