/**
 * @module Every method a route file can export, answered: the implemented ones, OPTIONS (204
 * with `Allow`), and 405 problem+json with `Allow` for the rest; Next's own 405 is empty and
 * has no `Allow`. Methods Next cannot route at all are the connection hook's (./connection-hook).
 */
import { ROUTE_HANDLER_METHODS, allowHeader, type RouteHandlerMethod } from './api-routes'
import { problemResponse } from './problem'
import { withApiSecurityHeaders } from './security-headers'

type Handler = (req: Request) => Promise<Response> | Response
type RouteMethods = Record<RouteHandlerMethod, Handler>

/** The handler, its answer carrying the API's security headers. */
const secured =
  (handler: Handler): Handler =>
  async (req) =>
    withApiSecurityHeaders(await handler(req))

const securedAll = (answers: RouteMethods) =>
  Object.fromEntries(
    ROUTE_HANDLER_METHODS.map((method) => [method, secured(answers[method])]),
  ) as RouteMethods

/**
 * The exports of a route file.
 *
 * @example export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = routeMethods({ POST: handle(logout) })
 */
export function routeMethods(handlers: Partial<RouteMethods>): RouteMethods {
  const implemented = ROUTE_HANDLER_METHODS.filter((method) => handlers[method])
  const allow = allowHeader(implemented)
  const refuse: Handler = (req) => {
    const { pathname } = new URL(req.url)
    return problemResponse(
      'METHOD_NOT_ALLOWED',
      `${pathname} does not answer ${req.method}; it answers ${allow}.`,
      { Allow: allow },
    )
  }
  const answers = Object.fromEntries(
    ROUTE_HANDLER_METHODS.map((method) => [method, handlers[method] ?? refuse]),
  ) as RouteMethods
  if (!handlers.HEAD && handlers.GET) answers.HEAD = handlers.GET
  if (!handlers.OPTIONS) {
    answers.OPTIONS = () =>
      new Response(null, { status: 204, headers: { Allow: allow, 'Cache-Control': 'no-store' } })
  }
  return securedAll(answers)
}

/** The exports of a catch-all route: 404 problem+json with a code, whatever the method. */
export function notFoundRoute(): RouteMethods {
  const notFound: Handler = (req) =>
    problemResponse('NOT_FOUND', `There is no API endpoint at ${new URL(req.url).pathname}.`)
  return securedAll(
    Object.fromEntries(ROUTE_HANDLER_METHODS.map((method) => [method, notFound])) as RouteMethods,
  )
}
