/**
 * @module Which methods each API path answers, for the connection hook: it must answer methods
 * Next cannot route at all (TRACE, PROPFIND, …) before Next sees them, with the right `Allow`.
 * test/api/methods.test.ts checks this table against every route file's own answer to OPTIONS.
 */

/** Every method a Next route handler can export; anything else never reaches one. */
export const ROUTE_HANDLER_METHODS = [
  'GET',
  'HEAD',
  'OPTIONS',
  'POST',
  'PUT',
  'DELETE',
  'PATCH',
] as const
export type RouteHandlerMethod = (typeof ROUTE_HANDLER_METHODS)[number]

/** The methods each route file implements (HEAD and OPTIONS come with them, see allowHeader). */
export const API_ROUTES: Record<string, readonly RouteHandlerMethod[]> = {
  '/api/auth/login': ['POST'],
  '/api/auth/register': ['POST'],
  '/api/auth/refresh': ['POST'],
  '/api/auth/logout': ['POST'],
  '/api/demo/replay-refresh': ['POST'],
  '/api/lessons/cookie': ['GET', 'POST', 'DELETE'],
  '/api/me': ['GET'],
  '/api/jwks': ['GET'],
  '/.well-known/jwks.json': ['GET'],
}

/**
 * The dynamic routes (a `[segment]` in the path), as patterns: the attack labs (issue 12).
 * test/lib/labs/contract.test.ts checks them against the lab route files.
 */
export const API_ROUTE_PATTERNS: readonly (readonly [RegExp, readonly RouteHandlerMethod[]])[] = [
  [/^\/api\/labs\/algorithm-confusion\/public\.pem$/, ['GET']],
  [/^\/api\/labs\/weak-secret\/wordlist$/, ['GET']],
  [/^\/api\/labs\/exploit-server\/[^/]+$/, ['GET', 'PUT']],
  [/^\/api\/labs\/[^/]+\/session$/, ['POST']],
  [/^\/api\/labs\/[^/]+\/admin$/, ['GET']],
  [/^\/api\/labs\/[^/]+\/jwks\.json$/, ['GET']],
]

/** The methods the route file at `pathname` implements; undefined when no route file claims it. */
export function apiRouteMethods(pathname: string): readonly RouteHandlerMethod[] | undefined {
  return API_ROUTES[pathname] ?? API_ROUTE_PATTERNS.find(([pattern]) => pattern.test(pathname))?.[1]
}

/** True for the paths the API owns: /api and /.well-known, and everything under them. */
export function isApiPath(pathname: string): boolean {
  return /^\/(api|\.well-known)(\/|$)/.test(pathname)
}

/** The `Allow` header for a set of implemented methods: HEAD with GET, OPTIONS always. */
export function allowHeader(methods: readonly string[]): string {
  const allowed = new Set([...methods, 'OPTIONS'])
  if (allowed.has('GET')) allowed.add('HEAD')
  return [...allowed].sort().join(', ')
}
