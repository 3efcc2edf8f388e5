/** @module JSON success responses and the wrapper that turns thrown errors into problem+json. */
import { ApiError } from './errors'
import { apiErrorResponse, problemResponse } from './problem'

/** A JSON response that no cache keeps (tokens and user data). */
export function jsonResponse(body: unknown, init: { status?: number; headers?: HeadersInit } = {}) {
  const status = init.status ?? 200
  // The common case (no headers of the caller's) skips building a Headers object twice.
  if (init.headers === undefined) {
    return new Response(JSON.stringify(body), { status, headers: JSON_HEADERS })
  }
  const headers = new Headers(init.headers)
  headers.set('Content-Type', 'application/json')
  headers.set('Cache-Control', 'no-store')
  return new Response(JSON.stringify(body), { status, headers })
}

const JSON_HEADERS = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } as const

type Handler = (req: Request) => Promise<Response>

/**
 * Wraps a route handler: an `ApiError` (anything a client can cause) becomes its problem+json
 * response; anything else is a server fault, logged and answered with a bare 500.
 *
 * @example export const POST = handle(async (req) => jsonResponse(await register(await parseJson(req, Body))))
 */
export function handle(handler: Handler): Handler {
  return async (req) => {
    try {
      return await handler(req)
    } catch (error) {
      if (error instanceof ApiError) return apiErrorResponse(error)
      console.error('[api] unexpected error', req.method, new URL(req.url).pathname, error)
      return problemResponse('INTERNAL_ERROR', 'The server failed to handle this request.')
    }
  }
}
