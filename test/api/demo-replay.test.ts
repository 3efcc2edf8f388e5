import { POST as loginRoute } from '@/app/api/auth/login/route'
import { POST as refreshRoute } from '@/app/api/auth/refresh/route'
import { POST as logoutRoute } from '@/app/api/auth/logout/route'
import { POST as replayRoute } from '@/app/api/demo/replay-refresh/route'
import { GET as meRoute } from '@/app/api/me/route'
import { DEMO_ACCOUNTS } from '@/lib/auth'
import {
  ORIGIN,
  bearerRequest,
  cookieRequest,
  expectProblem,
  jsonRequest,
  pointDatabaseAtTempFile,
} from './helpers'

pointDatabaseAtTempFile()

const alice = DEMO_ACCOUNTS[0]!

/** Every Set-Cookie of a response, by cookie name. */
function setCookies(res: Response): Map<string, string> {
  return new Map(res.headers.getSetCookie().map((line) => [line.split('=')[0]!, line]))
}

/** The `name=value` pair of one named Set-Cookie, ready for a Cookie header. */
function pair(res: Response, name: string): string {
  const line = setCookies(res).get(name)
  if (!line) throw new Error(`no Set-Cookie for ${name}`)
  return line.split(';')[0]!
}

async function loginAndRefresh() {
  const login = await loginRoute(
    jsonRequest('/api/auth/login', { email: alice.email, password: alice.password }),
  )
  expect(login.status).toBe(200)
  const first = pair(login, 'jwtpg_refresh')
  const refreshed = await refreshRoute(cookieRequest('/api/auth/refresh', first))
  expect(refreshed.status).toBe(200)
  const { accessToken } = (await refreshed.json()) as { accessToken: string }
  return {
    first,
    current: pair(refreshed, 'jwtpg_refresh'),
    previous: pair(refreshed, 'jwtpg_refresh_prev'),
    refreshed,
    accessToken,
  }
}

describe('the previous-token cookie set by POST /api/auth/refresh', () => {
  it('keeps the spent token, HttpOnly, SameSite=Strict, only for /api/demo, for ten minutes', async () => {
    const { first, previous, refreshed } = await loginAndRefresh()
    expect(previous).toBe(first.replace('jwtpg_refresh=', 'jwtpg_refresh_prev='))
    expect(setCookies(refreshed).get('jwtpg_refresh_prev')).toMatch(
      /^jwtpg_refresh_prev=[\w-]+; Path=\/api\/demo; Max-Age=600; HttpOnly; SameSite=Strict$/,
    )
    // The real refresh cookie is still the first one set, with its own path.
    expect(refreshed.headers.getSetCookie()[0]).toMatch(/^jwtpg_refresh=[\w-]+; Path=\/api\/auth;/)
  })

  it('is Secure over https', async () => {
    const { current } = await loginAndRefresh()
    const res = await refreshRoute(
      cookieRequest('/api/auth/refresh', current, { 'X-JWTPG-Peer-Proto': 'https' }),
    )
    expect(setCookies(res).get('jwtpg_refresh_prev')).toMatch(/; Secure$/)
  })

  it('is not set by login, nor by a refresh that fails', async () => {
    const login = await loginRoute(
      jsonRequest('/api/auth/login', { email: alice.email, password: alice.password }),
    )
    expect([...setCookies(login).keys()]).toEqual(['jwtpg_refresh'])
    const failed = await refreshRoute(cookieRequest('/api/auth/refresh', 'jwtpg_refresh=nope'))
    await expectProblem(failed, 401, 'REFRESH_TOKEN_INVALID')
    expect([...setCookies(failed).keys()]).toEqual(['jwtpg_refresh'])
  })
})

describe('POST /api/demo/replay-refresh', () => {
  it('401 REFRESH_TOKEN_REUSED, drops only its own cookie, and the family is revoked', async () => {
    const { current, previous, accessToken } = await loginAndRefresh()
    const replay = await replayRoute(cookieRequest('/api/demo/replay-refresh', previous))
    const problem = await expectProblem(replay, 401, 'REFRESH_TOKEN_REUSED')
    expect(problem.detail).toMatch(/revoked/)
    expect(replay.headers.getSetCookie()).toEqual([
      'jwtpg_refresh_prev=; Path=/api/demo; Max-Age=0; HttpOnly; SameSite=Strict',
    ])

    // The learner's own, never-used refresh token is now worthless too.
    await expectProblem(
      await refreshRoute(cookieRequest('/api/auth/refresh', current)),
      401,
      'REFRESH_TOKEN_REVOKED',
    )
    // Access tokens are not looked up: the one already issued works until it expires.
    expect((await meRoute(bearerRequest(accessToken))).status).toBe(200)
  })

  it('401 REFRESH_TOKEN_REVOKED for a second replay of the same token', async () => {
    const { previous } = await loginAndRefresh()
    await expectProblem(
      await replayRoute(cookieRequest('/api/demo/replay-refresh', previous)),
      401,
      'REFRESH_TOKEN_REUSED',
    )
    await expectProblem(
      await replayRoute(cookieRequest('/api/demo/replay-refresh', previous)),
      401,
      'REFRESH_TOKEN_REVOKED',
    )
  })

  it('401 REFRESH_TOKEN_REVOKED after logout', async () => {
    const { current, previous } = await loginAndRefresh()
    expect((await logoutRoute(cookieRequest('/api/auth/logout', current))).status).toBe(204)
    await expectProblem(
      await replayRoute(cookieRequest('/api/demo/replay-refresh', previous)),
      401,
      'REFRESH_TOKEN_REVOKED',
    )
  })

  it('401 REFRESH_TOKEN_MISSING without the cookie, REFRESH_TOKEN_INVALID for a made-up one', async () => {
    await expectProblem(
      await replayRoute(cookieRequest('/api/demo/replay-refresh', undefined)),
      401,
      'REFRESH_TOKEN_MISSING',
    )
    // The real refresh cookie is not what this route reads.
    const { current } = await loginAndRefresh()
    await expectProblem(
      await replayRoute(cookieRequest('/api/demo/replay-refresh', current)),
      401,
      'REFRESH_TOKEN_MISSING',
    )
    await expectProblem(
      await replayRoute(cookieRequest('/api/demo/replay-refresh', 'jwtpg_refresh_prev=made-up')),
      401,
      'REFRESH_TOKEN_INVALID',
    )
  })

  it('403 ORIGIN_MISMATCH from another origin, and the session survives', async () => {
    const { current, previous } = await loginAndRefresh()
    await expectProblem(
      await replayRoute(
        cookieRequest('/api/demo/replay-refresh', previous, { Origin: 'https://evil.example' }),
      ),
      403,
      'ORIGIN_MISMATCH',
    )
    const ok = await refreshRoute(cookieRequest('/api/auth/refresh', current, { Origin: ORIGIN }))
    expect(ok.status).toBe(200)
  })
})
