/** @module The Set-Cookie lines of the refresh cookies (names, paths, attributes: lib/contract). */
import {
  PREVIOUS_REFRESH_COOKIE,
  PREVIOUS_REFRESH_COOKIE_MAX_AGE_S,
  REFRESH_COOKIE,
  setCookieLine,
} from '@/lib/contract'

/** `Set-Cookie` value carrying a refresh token; `Secure` when the request came over https. */
export function refreshCookie(token: string, options: { maxAgeSeconds: number; secure: boolean }) {
  return setCookieLine(REFRESH_COOKIE, token, options)
}

/** `Set-Cookie` value that deletes the refresh cookie (with an old Expires for old browsers). */
export function clearedRefreshCookie(options: { secure: boolean }) {
  return setCookieLine(REFRESH_COOKIE, '', { ...options, maxAgeSeconds: 0, expired: true })
}

/** `Set-Cookie` value keeping the refresh token just spent, for the demo's replay; '' deletes it. */
export function previousRefreshCookie(token: string, options: { secure: boolean }) {
  return setCookieLine(PREVIOUS_REFRESH_COOKIE, token, {
    ...options,
    maxAgeSeconds: token ? PREVIOUS_REFRESH_COOKIE_MAX_AGE_S : 0,
  })
}
