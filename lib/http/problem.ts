/** @module RFC 9457 problem details: the one shape every API error takes. */
import { API_ERRORS, ApiError, type ApiErrorCode } from './errors'

export interface ProblemBody {
  type: string
  title: string
  status: number
  detail: string
  code: ApiErrorCode
  [extension: string]: unknown
}

/** A stable, non-dereferenceable type URI per code, e.g. `urn:jwt-playground:error:TOKEN_EXPIRED`. */
export function problemType(code: ApiErrorCode): string {
  return `urn:jwt-playground:error:${code}`
}

/**
 * Builds an `application/problem+json` response.
 *
 * @example problemResponse('TOKEN_EXPIRED', '"exp" is in the past')
 */
export function problemResponse(
  code: ApiErrorCode,
  detail: string,
  headers: Record<string, string> = {},
  extra: Record<string, unknown> = {},
): Response {
  const { status, title } = API_ERRORS[code]
  const body: ProblemBody = { ...extra, type: problemType(code), title, status, detail, code }
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': 'application/problem+json',
      'Cache-Control': 'no-store',
      ...headers,
    },
  })
}

export function apiErrorResponse(error: ApiError): Response {
  return problemResponse(error.code, error.detail, error.headers, error.extra)
}
