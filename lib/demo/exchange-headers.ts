/**
 * @module The header lines of a demo exchange: the response headers worth showing, the Set-Cookie
 * lines the API sends (hidden from JavaScript, so shown as expected, masked) and the Cookie line
 * the browser adds. Apart from exchange.ts because only sending a request needs them, and that
 * code loads with the first request, not with the page.
 */
import {
  PREVIOUS_REFRESH_COOKIE,
  REFRESH_COOKIE,
  setCookieLine,
  type CookieSpec,
} from '@/lib/contract/cookies'
import type { HeaderLine, StepKind } from './exchange'

/** The response headers worth showing, in this order; others are left out. */
export const SHOWN_RESPONSE_HEADERS = [
  'content-type',
  'www-authenticate',
  'retry-after',
  'cache-control',
] as const

const CANONICAL: Record<string, string> = {
  'content-type': 'Content-Type',
  'www-authenticate': 'WWW-Authenticate',
  'retry-after': 'Retry-After',
  'cache-control': 'Cache-Control',
}

/** Picks the headers that matter from a fetch response. */
export function pickHeaders(headers: Headers): HeaderLine[] {
  const lines: HeaderLine[] = []
  for (const name of SHOWN_RESPONSE_HEADERS) {
    const value = headers.get(name)
    if (value !== null) lines.push({ name: CANONICAL[name] ?? name, value })
  }
  return lines
}

const MASK = '••••••••'

/**
 * A cookie line as the server writes it (lib/contract's setCookieLine), the value masked and
 * Max-Age left out (the page does not know it) unless the cookie is being cleared.
 */
function cookieLine(cookie: CookieSpec, secure: boolean, cleared = false) {
  if (!cleared) return setCookieLine(cookie, MASK, { secure })
  // The server adds an old Expires only when it clears the refresh cookie (see lib/http/cookies).
  const expired = cookie.name === REFRESH_COOKIE.name
  return setCookieLine(cookie, '', { secure, maxAgeSeconds: 0, expired })
}

/**
 * The Set-Cookie lines the API sends for a step and status (see lib/auth), values masked: the
 * page cannot read Set-Cookie, so these come from the API's contract, not from the response.
 */
export function expectedSetCookies(
  kind: StepKind,
  status: number,
  secure: boolean,
  code?: string,
): HeaderLine[] {
  // Thrown before a cookie was read: nothing to clear.
  if (code === 'REFRESH_TOKEN_MISSING') return []
  const line = (value: string): HeaderLine => ({ name: 'Set-Cookie', value, hidden: 'httpOnly' })
  if (kind === 'login' && status === 200) return [line(cookieLine(REFRESH_COOKIE, secure))]
  if (kind === 'refresh' && status === 200) {
    return [
      line(cookieLine(REFRESH_COOKIE, secure)),
      line(cookieLine(PREVIOUS_REFRESH_COOKIE, secure)),
    ]
  }
  if (kind === 'refresh' && status === 401) {
    return [line(cookieLine(REFRESH_COOKIE, secure, true))]
  }
  if (kind === 'replay' && status === 401) {
    return [line(cookieLine(PREVIOUS_REFRESH_COOKIE, secure, true))]
  }
  if (kind === 'logout' && status === 204) {
    return [line(cookieLine(REFRESH_COOKIE, secure, true))]
  }
  return []
}

/** The Cookie line the browser adds to a request (its value unknown to the page), if any. */
export function sentCookie(kind: StepKind): HeaderLine | null {
  const { name } = kind === 'replay' ? PREVIOUS_REFRESH_COOKIE : REFRESH_COOKIE
  if (kind !== 'refresh' && kind !== 'logout' && kind !== 'replay') return null
  return { name: 'Cookie', value: `${name}=${MASK}`, hidden: 'sentByBrowser' }
}
