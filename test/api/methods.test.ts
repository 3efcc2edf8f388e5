import { API_ROUTES, allowHeader } from '@/lib/http'
import * as login from '@/app/api/auth/login/route'
import * as register from '@/app/api/auth/register/route'
import * as refresh from '@/app/api/auth/refresh/route'
import * as logout from '@/app/api/auth/logout/route'
import * as replay from '@/app/api/demo/replay-refresh/route'
import * as me from '@/app/api/me/route'
import * as lessonCookie from '@/app/api/lessons/cookie/route'
import * as jwks from '@/app/api/jwks/route'
import * as wellKnownJwks from '@/app/.well-known/jwks.json/route'
import * as apiCatchAll from '@/app/api/[...path]/route'
import * as wellKnownCatchAll from '@/app/.well-known/[...path]/route'
import { ORIGIN, expectProblem, pointDatabaseAtTempFile } from './helpers'

pointDatabaseAtTempFile()

const METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH'] as const
type RouteModule = Record<(typeof METHODS)[number], (req: Request) => Promise<Response> | Response>

// What each path answers, written out here rather than computed with lib/http's own allowHeader,
// so that a wrong Allow (a GET without HEAD, a missing OPTIONS) cannot pass on both sides.
const POST_ONLY = 'OPTIONS, POST'
const GET_ONLY = 'GET, HEAD, OPTIONS'
const routes: [string, RouteModule, string][] = [
  ['/api/auth/login', login, POST_ONLY],
  ['/api/auth/register', register, POST_ONLY],
  ['/api/auth/refresh', refresh, POST_ONLY],
  ['/api/auth/logout', logout, POST_ONLY],
  ['/api/demo/replay-refresh', replay, POST_ONLY],
  ['/api/me', me, GET_ONLY],
  ['/api/lessons/cookie', lessonCookie, 'DELETE, GET, HEAD, OPTIONS, POST'],
  ['/api/jwks', jwks, GET_ONLY],
  ['/.well-known/jwks.json', wellKnownJwks, GET_ONLY],
]

describe('methods of every route', () => {
  it('the connection hook’s table lists exactly the route files', () => {
    expect(Object.keys(API_ROUTES).sort()).toEqual(routes.map(([path]) => path).sort())
  })

  it.each(routes)(
    '%s: OPTIONS is 204 with the Allow written above, as the hook’s table says',
    async (path, mod, allow) => {
      const res = await mod.OPTIONS(new Request(`${ORIGIN}${path}`, { method: 'OPTIONS' }))
      expect(res.status).toBe(204)
      expect(res.headers.get('allow')).toBe(allow)
      expect(allowHeader(API_ROUTES[path]!)).toBe(allow)
    },
  )

  it.each(routes)(
    '%s: every other method is a 405 problem+json with Allow',
    async (path, mod, allow) => {
      const refused = METHODS.filter((method) => !allow.split(', ').includes(method))
      expect(refused.length).toBeGreaterThan(0)
      for (const method of refused) {
        const res = await mod[method](new Request(`${ORIGIN}${path}`, { method }))
        await expectProblem(res, 405, 'METHOD_NOT_ALLOWED')
        expect(res.headers.get('allow'), method).toBe(allow)
      }
    },
  )
})

describe('unknown API paths', () => {
  it.each([
    ['/api/nope', apiCatchAll],
    ['/api/auth', apiCatchAll],
    ['/.well-known/openid-configuration', wellKnownCatchAll],
  ] as [string, RouteModule][])(
    '%s: 404 NOT_FOUND problem+json for every method',
    async (path, mod) => {
      for (const method of METHODS) {
        const res = await mod[method](new Request(`${ORIGIN}${path}`, { method }))
        await expectProblem(res, 404, 'NOT_FOUND')
      }
    },
  )
})

// OWASP REST Security Cheat Sheet: a JSON answer is never run, framed or sniffed. Pages get these
// from next.config.js; the API sets its own, so every answer of every route is checked here.
describe('security headers of every API answer', () => {
  const everyRoute: [string, RouteModule][] = [
    ...routes.map(([path, mod]): [string, RouteModule] => [path, mod]),
    ['/api/nope', apiCatchAll],
    ['/.well-known/openid-configuration', wellKnownCatchAll],
  ]
  it.each(everyRoute)('%s: every method, answered or refused', async (path, mod) => {
    for (const method of METHODS) {
      const res = await mod[method](new Request(`${ORIGIN}${path}`, { method }))
      const csp = res.headers.get('content-security-policy') ?? ''
      expect(csp, `${method} CSP`).toContain("default-src 'none'")
      expect(csp, `${method} CSP`).toContain("frame-ancestors 'none'")
      expect(res.headers.get('x-content-type-options'), method).toBe('nosniff')
      expect(res.headers.get('x-frame-options'), method).toBe('DENY')
      expect(res.headers.get('referrer-policy'), method).toBe('no-referrer')
    }
  })
})
