import { POST as loginRoute } from '@/app/api/auth/login/route'
import { POST as registerRoute } from '@/app/api/auth/register/route'
import { DEMO_ACCOUNTS, resetRateLimits } from '@/lib/auth'
import { expectProblem, jsonRequest, pointDatabaseAtTempFile } from './helpers'

pointDatabaseAtTempFile()
// Small limits keep the number of argon2 hashes in this file low; the logic is the same.
process.env.LOGIN_LIMIT_PER_IP = '4'
process.env.LOGIN_LIMIT_PER_ACCOUNT = '3'
process.env.LOGIN_LIMIT_WINDOW_S = '600'
process.env.REGISTER_LIMIT_PER_IP = '2'

const alice = DEMO_ACCOUNTS[0]!
const bob = DEMO_ACCOUNTS[1]!

beforeEach(() => resetRateLimits())

const loginFrom = (ip: string, email: string, password: string) =>
  loginRoute(
    jsonRequest('/api/auth/login', { email, password }, { headers: { 'X-Forwarded-For': ip } }),
  )

describe('login rate limits', () => {
  it('429 with Retry-After after too many failures for one account, from any address', async () => {
    for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
      await expectProblem(
        await loginFrom(ip, alice.email, 'wrong-password'),
        401,
        'INVALID_CREDENTIALS',
      )
    }
    // Even the right password is refused now: the account is locked for the window.
    const res = await loginFrom('198.51.100.4', alice.email, alice.password)
    const problem = await expectProblem(res, 429, 'RATE_LIMITED')
    const retryAfter = Number(res.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(590)
    expect(retryAfter).toBeLessThanOrEqual(600)
    expect(problem).toMatchObject({ retryAfter })
    // Another account is not affected.
    expect((await loginFrom('198.51.100.4', bob.email, bob.password)).status).toBe(200)
  })

  it('a success clears the failures of an account', async () => {
    await loginFrom('198.51.100.10', bob.email, 'wrong-password')
    await loginFrom('198.51.100.11', bob.email, 'wrong-password')
    expect((await loginFrom('198.51.100.12', bob.email, bob.password)).status).toBe(200)
    await loginFrom('198.51.100.13', bob.email, 'wrong-password')
    await loginFrom('198.51.100.14', bob.email, 'wrong-password')
    expect((await loginFrom('198.51.100.15', bob.email, bob.password)).status).toBe(200)
  })

  it('429 with Retry-After after too many attempts from one address, whatever the accounts', async () => {
    const ip = '192.0.2.50'
    for (let i = 0; i < 4; i += 1) {
      await expectProblem(
        await loginFrom(ip, `user${i}@example.com`, 'whatever'),
        401,
        'INVALID_CREDENTIALS',
      )
    }
    const res = await loginFrom(ip, bob.email, bob.password)
    await expectProblem(res, 429, 'RATE_LIMITED')
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await loginFrom('192.0.2.51', bob.email, bob.password)).status).toBe(200)
  })

  it('limits registrations per address', async () => {
    const register = () =>
      registerRoute(
        jsonRequest(
          '/api/auth/register',
          { email: alice.email, password: 'some-long-pass', name: 'A' },
          { headers: { 'X-Forwarded-For': '192.0.2.99' } },
        ),
      )
    await expectProblem(await register(), 409, 'EMAIL_TAKEN')
    await expectProblem(await register(), 409, 'EMAIL_TAKEN')
    const res = await register()
    await expectProblem(res, 429, 'RATE_LIMITED')
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/)
  })
})
