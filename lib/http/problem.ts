/** @module RFC 9457 problem details: the one shape every API error takes. */
import { API_ERRORS, ApiError, type ApiErrorCode } from './errors'

export interface ProblemBody<Code extends string = ApiErrorCode> {
  type: string
  title: string
  status: number
  detail: string
  code: Code
  [extension: string]: unknown
}

/** A stable, non-dereferenceable type URI per code, e.g. `urn:jwt-playground:error:TOKEN_EXPIRED`. */
export function problemType(code: string): string {
  return `urn:jwt-playground:error:${code}`
}

/**
 * An `application/problem+json` response for a code of any catalogue (lib/contract's API_ERRORS,
 * the labs' own): the code's status and title, and a detail for this case.
 *
 * @example problemJson({ code: 'LAB_NOT_ADMIN', status: 403, title: 'You are not an admin' }, 'role is "user"')
 */
export function problemJson(
  problem: { code: string; status: number; title: string },
  detail: string,
  headers: Record<string, string> = {},
  extra: Record<string, unknown> = {},
): Response {
  const { code, status, title } = problem
  const body: ProblemBody<string> = {
    ...extra,
    type: problemType(code),
    title,
    status,
    detail,
    code,
  }
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': 'application/problem+json',
      'Cache-Control': 'no-store',
      ...headers,
    },
  })
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
  return problemJson({ code, ...API_ERRORS[code] }, detail, headers, extra)
}

export function apiErrorResponse(error: ApiError): Response {
  return problemResponse(error.code, error.detail, error.headers, error.extra)
}
