/**
 * @module The Authorization line the demo shows for a request; apart from request.ts, which loads
 * with the first request, so the page's first load need not carry it.
 */
import type { HeaderLine } from './exchange'

/** An Authorization line that shows `value` and keeps the full token for the token view. */
export function bearerLine(value: string, token: string): HeaderLine {
  return { name: 'Authorization', value, token }
}
