/**
 * @module The auth domain's results (lib/auth) as HTTP: problem+json with Retry-After or a Bearer
 * challenge, the refresh cookies, the success bodies. The only place that knows which result
 * sets or clears which cookie.
 */
import type { AuthFailure, AuthResult, PublicUser, Session } from '@/lib/auth'
import { bearerChallenge } from './bearer'
import { clearedRefreshCookie, previousRefreshCookie, refreshCookie } from './cookies'
import { problemResponse } from './problem'
import { isHttps } from './request'
import { jsonResponse } from './respond'

/** A domain failure as problem+json: `Retry-After` (and `retryAfter`) when it says when. */
export function failureResponse(failure: AuthFailure, headers: Record<string, string> = {}) {
  const retry = failure.retryAfter
  if (retry === undefined)
    return problemResponse(failure.code, failure.detail, headers, failure.extra)
  return problemResponse(
    failure.code,
    failure.detail,
    { 'Retry-After': String(retry), ...headers },
    { ...failure.extra, retryAfter: retry },
  )
}

/** 200 with the TokenResponse body and the refresh cookie (plus any `moreCookies`). */
export function sessionResponse(req: Request, session: Session, moreCookies: string[] = []) {
  const headers = new Headers()
  const maxAgeSeconds = (session.refreshExpiresAt - Date.now()) / 1000
  headers.append(
    'Set-Cookie',
    refreshCookie(session.refreshToken, { maxAgeSeconds, secure: isHttps(req) }),
  )
  for (const cookie of moreCookies) headers.append('Set-Cookie', cookie)
  return jsonResponse(session.tokens, { headers })
}

/** POST /api/auth/register → 201 `{ user }`. */
export function registerResponse(result: AuthResult<{ user: PublicUser }>) {
  return result.ok ? jsonResponse({ user: result.user }, { status: 201 }) : failureResponse(result)
}

/** POST /api/auth/login → 200 TokenResponse and the refresh cookie. */
export function loginResponse(req: Request, result: AuthResult<{ session: Session }>) {
  return result.ok ? sessionResponse(req, result.session) : failureResponse(result)
}

/**
 * POST /api/auth/refresh → 200 with the next refresh cookie, and `presented` (the token just
 * spent) in the demo's replay cookie. A refresh cookie that failed is useless from now on: it is
 * dropped from the browser too (unless none was sent).
 */
export function refreshResponse(
  req: Request,
  presented: string | undefined,
  result: AuthResult<{ session: Session }>,
) {
  const secure = isHttps(req)
  if (result.ok) {
    return sessionResponse(req, result.session, [
      previousRefreshCookie(presented ?? '', { secure }),
    ])
  }
  if (!presented) return failureResponse(result)
  return failureResponse(result, { 'Set-Cookie': clearedRefreshCookie({ secure }) })
}

/**
 * POST /api/demo/replay-refresh → like refresh, but the real refresh cookie is left alone, as a
 * thief's replay would leave the victim's; once replayed, the spent token is dropped.
 */
export function replayResponse(
  req: Request,
  spent: string | undefined,
  result: AuthResult<{ session: Session }>,
) {
  if (result.ok) return sessionResponse(req, result.session)
  if (!spent) return failureResponse(result)
  return failureResponse(result, {
    'Set-Cookie': previousRefreshCookie('', { secure: isHttps(req) }),
  })
}

/** POST /api/auth/logout → 204, the refresh cookie cleared. */
export function logoutResponse(req: Request) {
  return new Response(null, {
    status: 204,
    headers: {
      'Set-Cookie': clearedRefreshCookie({ secure: isHttps(req) }),
      'Cache-Control': 'no-store',
    },
  })
}

/** GET /api/me → 200 `{ user, claims, header }`; a failure is a 401 with a Bearer challenge. */
export function meResponse(
  result: AuthResult<{ user: PublicUser; claims: object; header: object }>,
) {
  if (!result.ok) {
    return failureResponse(result, { 'WWW-Authenticate': bearerChallenge(result.detail) })
  }
  return jsonResponse({ user: result.user, claims: result.claims, header: result.header })
}
