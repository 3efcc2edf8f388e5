/** @module Small helpers for the demo page's HTTP log and countdowns (catalog strings: lib/i18n/format-message). */

const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
}

/** The status line's reason phrase, for HTTP/2 responses that carry none. */
export function reasonPhrase(status: number, given = ''): string {
  return given || REASONS[status] || ''
}

/**
 * Seconds from `now` (ms) until `exp` (s), rounded up while in the future, so a countdown shows
 * 1 during the last second and 0 exactly at expiry; negative afterwards.
 *
 * @example secondsUntil(100, 95_500) // => 5
 */
export function secondsUntil(exp: number, now: number): number {
  const ms = exp * 1000 - now
  return ms > 0 ? Math.ceil(ms / 1000) : Math.trunc(ms / 1000) || 0
}
