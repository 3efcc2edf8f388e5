/**
 * @module The HTTP layer's own failures (a body, a header or an Origin it refuses), thrown while
 * reading a Request and answered by `handle()`. The domain (lib/auth) never throws these: it
 * returns tagged results, which ./auth-responses turns into Responses.
 */
import { API_ERRORS, type ApiErrorCode } from '@/lib/contract'

export { API_ERRORS, API_ERROR_CODES, type ApiErrorCode } from '@/lib/contract'

/**
 * An expected, client-caused failure. Thrown anywhere below a route handler and turned into
 * `application/problem+json` by `handle()`; anything else thrown is a genuine server fault (500).
 *
 * @example throw new ApiError('BODY_TOO_LARGE', 'The body is over the limit of 16384 bytes.')
 */
export class ApiError extends Error {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly extra: Readonly<Record<string, unknown>>

  constructor(
    readonly code: ApiErrorCode,
    readonly detail: string,
    options: { headers?: Record<string, string>; extra?: Record<string, unknown> } = {},
  ) {
    super(`${code}: ${detail}`)
    this.name = 'ApiError'
    this.status = API_ERRORS[code].status
    this.headers = { ...options.headers }
    this.extra = { ...options.extra }
  }
}
