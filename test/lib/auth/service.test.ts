/**
 * The domain takes plain values and answers with tagged results: no Request goes in, and nothing
 * a client can cause comes out as a throw (lib/http makes the Responses; test/api checks those).
 */
import { DEMO_ACCOUNTS, login, logout, me, refresh, register, replayRefresh } from '@/lib/auth'
import { pointDatabaseAtTempFile } from '../../api/helpers'

pointDatabaseAtTempFile()

const issuer = 'http://localhost'
const alice = DEMO_ACCOUNTS[0]!
let address = 0
const clientAddress = () => `198.51.100.${(address += 1)}`

describe('lib/auth on plain inputs', () => {
  it('logs in, refreshes, and reports reuse of a spent token as a code', async () => {
    const first = await login(
      { email: alice.email, password: alice.password },
      { issuer, client: clientAddress() },
    )
    if (!first.ok) throw new Error(first.code)
    expect(first.session.tokens.tokenType).toBe('Bearer')

    const next = await refresh({ presented: first.session.refreshToken, issuer })
    if (!next.ok) throw new Error(next.code)
    expect(next.session.refreshToken).not.toBe(first.session.refreshToken)

    const replayed = await replayRefresh({ spent: first.session.refreshToken, issuer })
    expect(replayed).toMatchObject({ ok: false, code: 'REFRESH_TOKEN_REUSED' })
    expect(await refresh({ presented: next.session.refreshToken, issuer })).toMatchObject({
      ok: false,
      code: 'REFRESH_TOKEN_REVOKED',
    })
  })

  it('answers every client-caused failure with its code instead of throwing', async () => {
    const cases = [
      [refresh({ presented: undefined, issuer }), 'REFRESH_TOKEN_MISSING'],
      [refresh({ presented: 'made-up', issuer }), 'REFRESH_TOKEN_INVALID'],
      [replayRefresh({ spent: undefined, issuer }), 'REFRESH_TOKEN_MISSING'],
      [me({ token: 'not.a.token!', issuer }), 'TOKEN_MALFORMED'],
      [
        login(
          { email: alice.email, password: 'wrong password' },
          { issuer, client: clientAddress() },
        ),
        'INVALID_CREDENTIALS',
      ],
      [
        register(
          { email: 'new@example.com', password: 'password', name: 'New' },
          { client: clientAddress() },
        ),
        'PASSWORD_TOO_WEAK',
      ],
      [
        register(
          { email: alice.email, password: 'correct horse battery staple 42', name: 'A' },
          { client: clientAddress() },
        ),
        'EMAIL_TAKEN',
      ],
    ] as const
    for (const [result, code] of cases) {
      expect(await result).toMatchObject({ ok: false, code })
    }
    await expect(logout({ presented: 'unknown' })).resolves.toBeUndefined()
  })

  it('says when a refused login may be tried again, in seconds', async () => {
    const email = DEMO_ACCOUNTS[1]!.email
    let result: Awaited<ReturnType<typeof login>> | undefined
    for (let i = 0; i < 8 && (!result || result.ok || result.code !== 'LOGIN_DELAYED'); i += 1) {
      result = await login({ email, password: 'wrong' }, { issuer, client: clientAddress() })
    }
    expect(result).toMatchObject({ ok: false, code: 'LOGIN_DELAYED' })
    expect(result?.ok === false && result.retryAfter).toBeGreaterThanOrEqual(1)
  })
})
