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
  '/api/me': ['GET'],
  '/api/jwks': ['GET'],
  '/.well-known/jwks.json': ['GET'],
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
