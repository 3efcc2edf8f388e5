/**
 * The login-flow widget's six steps, sent to the real route handlers on a temporary database,
 * with the browser's part (keeping the refresh cookie, dropping it when cleared) played here.
 */
import { describe, expect, it } from 'vitest'
import { POST as registerRoute } from '@/app/api/auth/register/route'
import { POST as loginRoute } from '@/app/api/auth/login/route'
import { POST as refreshRoute } from '@/app/api/auth/refresh/route'
import { POST as logoutRoute } from '@/app/api/auth/logout/route'
import { GET as meRoute } from '@/app/api/me/route'
import { DEMO_ACCOUNTS } from '@/lib/auth'
import { requestHeaders, type DemoRequest } from '@/lib/demo/request'
import {
  firstStep,
  FLOW_STEPS,
  flowRequest,
  throwawayAccount,
  type FlowAccount,
} from '@/lib/lessons/login-flow'
import { connectionHeaders, ORIGIN, pointDatabaseAtTempFile } from '../../api/helpers'

pointDatabaseAtTempFile()

const ROUTES: Record<string, (req: Request) => Response | Promise<Response>> = {
  '/api/auth/register': registerRoute,
  '/api/auth/login': loginRoute,
  '/api/auth/refresh': refreshRoute,
  '/api/auth/logout': logoutRoute,
  '/api/me': meRoute,
}

/** A browser of one: sends what the widget sends, keeps the cookie jar for /api/auth. */
function browser() {
  let cookie: string | undefined
  const peer = '203.0.113.77'
  return async function send(request: DemoRequest) {
    const { headers } = requestHeaders(request)
    const res = await ROUTES[request.path]!(
      new Request(`${ORIGIN}${request.path}`, {
        method: request.method,
        headers: {
          ...connectionHeaders(ORIGIN, peer),
          Origin: ORIGIN,
          ...headers,
          ...(cookie && request.path.startsWith('/api/auth') ? { Cookie: cookie } : {}),
        },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
      }),
    )
    const setCookie = res.headers.get('set-cookie')
    if (setCookie?.startsWith('jwtpg_refresh=')) {
      const pair = setCookie.split(';')[0]!
      cookie = pair === 'jwtpg_refresh=' ? undefined : pair
    }
    const text = await res.text()
    return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null }
  }
}

async function walk(account: FlowAccount) {
  const send = browser()
  const answers: Record<string, { status: number; body: Record<string, unknown> | null }> = {}
  let accessToken: string | undefined
  for (const step of FLOW_STEPS.slice(firstStep(account))) {
    const answer = await send(flowRequest(step, { account, accessToken }))
    answers[step] = answer
    if (typeof answer.body?.accessToken === 'string') accessToken = answer.body.accessToken
  }
  return answers
}

describe('the login-flow steps against the demo API', () => {
  it('register, login, me, refresh, logout, then refresh fails: the cookie is gone', async () => {
    const account = throwawayAccount()
    const answers = await walk(account)
    expect(answers.register?.status).toBe(201)
    expect(answers.login?.status).toBe(200)
    expect(answers.me).toMatchObject({ status: 200, body: { user: { email: account.email } } })
    expect(answers.refresh?.status).toBe(200)
    expect(answers.refresh?.body?.accessToken).not.toBe(answers.login?.body?.accessToken)
    expect(answers.logout?.status).toBe(204)
    expect(answers.refreshAgain).toMatchObject({
      status: 401,
      body: { code: 'REFRESH_TOKEN_MISSING' },
    })
  })

  it('a demo account skips registration and walks the rest', async () => {
    const alice = DEMO_ACCOUNTS[0]!
    const answers = await walk({ ...alice, demo: true })
    expect(answers.register).toBeUndefined()
    expect(answers.me).toMatchObject({ status: 200, body: { user: { email: alice.email } } })
    expect(answers.logout?.status).toBe(204)
  })
})

describe('throwawayAccount', () => {
  it('makes a new address and password each time', () => {
    const [a, b] = [throwawayAccount(), throwawayAccount()]
    expect(a.email).not.toBe(b.email)
    expect(a.password).not.toBe(b.password)
    expect(a.email).toMatch(/^reader-[0-9a-f]{16}@example\.com$/)
    expect(a.password).toHaveLength(24)
  })
})

describe('flowRequest', () => {
  it('shows the Bearer line on /api/me and the browser-sent cookie on refresh and logout', () => {
    const account = throwawayAccount()
    const me = requestHeaders(flowRequest('me', { account, accessToken: 'a.b.c' }))
    expect(me.headers).toEqual({ Authorization: 'Bearer a.b.c' })
    for (const step of ['refresh', 'logout', 'refreshAgain'] as const) {
      const { headers, shown } = requestHeaders(flowRequest(step, { account }))
      expect(headers).toEqual({})
      expect(shown.map((line) => [line.name, line.hidden])).toEqual([['Cookie', 'sentByBrowser']])
    }
  })
})
