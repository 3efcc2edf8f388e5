import 'server-only'

/** @module The refresh-token cookie: HttpOnly, SameSite=Strict, scoped to /api/auth. */
import { REFRESH_COOKIE, REFRESH_COOKIE_PATH } from './config'

/** `Set-Cookie` value carrying a refresh token; `Secure` when the request came over https. */
export function refreshCookie(token: string, options: { maxAgeSeconds: number; secure: boolean }) {
  const parts = [
    `${REFRESH_COOKIE}=${token}`,
    `Path=${REFRESH_COOKIE_PATH}`,
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
