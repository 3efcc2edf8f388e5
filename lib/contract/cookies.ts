/**
 * @module The cookies of the demo API: names, paths and attributes, and the one function that
 * writes their `Set-Cookie` lines. The server (lib/http/cookies) sends these lines; the demo page
 * (lib/demo/exchange), which cannot read Set-Cookie, shows the same lines with the value masked.
 */

export interface CookieSpec {
  name: string
  path: string
}

/** The refresh token: sent only to /api/auth. */
export const REFRESH_COOKIE = {
  name: 'jwtpg_refresh',
  path: '/api/auth',
} as const satisfies CookieSpec

/**
 * The demo page's stand-in for a stolen refresh token: each rotation also keeps the token just
 * spent in this cookie, sent only to /api/demo, so POST /api/demo/replay-refresh can present it
 * again and show reuse detection. It is worth nothing but that: a spent token.
 */
export const PREVIOUS_REFRESH_COOKIE = {
  name: 'jwtpg_refresh_prev',
  path: '/api/demo',
} as const satisfies CookieSpec
export const PREVIOUS_REFRESH_COOKIE_MAX_AGE_S = 10 * 60

/** Every cookie of the API: out of reach of scripts, never sent on a cross-site request. */
export const COOKIE_ATTRIBUTES = ['HttpOnly', 'SameSite=Strict'] as const

/** An `Expires` in the past, for browsers that ignore `Max-Age=0`. */
export const EXPIRED = 'Expires=Thu, 01 Jan 1970 00:00:00 GMT'

/**
 * A `Set-Cookie` line. `maxAgeSeconds` is left out when unknown (the demo page's masked copy);
 * `secure` when the request came over https; `expired` adds EXPIRED.
 *
 * @example setCookieLine(REFRESH_COOKIE, 'abc', { maxAgeSeconds: 60, secure: false })
 * // 'jwtpg_refresh=abc; Path=/api/auth; Max-Age=60; HttpOnly; SameSite=Strict'
 */
export function setCookieLine(
  cookie: CookieSpec,
  value: string,
  options: { maxAgeSeconds?: number; secure: boolean; expired?: boolean },
): string {
  const parts = [`${cookie.name}=${value}`, `Path=${cookie.path}`]
  if (options.maxAgeSeconds !== undefined) {
    parts.push(`Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`)
  }
  parts.push(...COOKIE_ATTRIBUTES)
  if (options.secure) parts.push('Secure')
  if (options.expired) parts.push(EXPIRED)
  return parts.join('; ')
}
