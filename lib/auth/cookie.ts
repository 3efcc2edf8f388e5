import 'server-only'

/** @module The refresh-token cookie: HttpOnly, SameSite=Strict, scoped to /api/auth. */
import {
  PREVIOUS_REFRESH_COOKIE,
  PREVIOUS_REFRESH_COOKIE_MAX_AGE_S,
  PREVIOUS_REFRESH_COOKIE_PATH,
  REFRESH_COOKIE,
  REFRESH_COOKIE_PATH,
} from './config'

/** `Set-Cookie` value carrying a refresh token; `Secure` when the request came over https. */
export function refreshCookie(
  token: string,
  options: { maxAgeSeconds: number; secure: boolean; name?: string; path?: string },
) {
  const parts = [
    `${options.name ?? REFRESH_COOKIE}=${token}`,
    `Path=${options.path ?? REFRESH_COOKIE_PATH}`,
    `Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`,
    'HttpOnly',
    'SameSite=Strict',
  ]
  if (options.secure) parts.push('Secure')
  return parts.join('; ')
}

/** `Set-Cookie` value that deletes the refresh cookie. */
export function clearedRefreshCookie(options: { secure: boolean }) {
  return `${refreshCookie('', { maxAgeSeconds: 0, ...options })}; Expires=Thu, 01 Jan 1970 00:00:00 GMT`
}

/** `Set-Cookie` value keeping the refresh token just spent, for the demo's replay (see config). */
export function previousRefreshCookie(token: string, options: { secure: boolean }) {
  return refreshCookie(token, {
    ...options,
    name: PREVIOUS_REFRESH_COOKIE,
    path: PREVIOUS_REFRESH_COOKIE_PATH,
    maxAgeSeconds: token ? PREVIOUS_REFRESH_COOKIE_MAX_AGE_S : 0,
  })
}
