/**
 * @module request — what the demo sends and what it reads back: the headers a request really
 * carries beside the lines the page shows for it (the browser's Cookie line included), and the
 * response body read as JSON when it is JSON.
 */
import type { Exchange, HeaderLine, StepKind } from './exchange'
import { sentCookie } from './exchange-headers'

/** One request the demo makes, as its buttons describe it. */
export interface DemoRequest {
  kind: StepKind
  method: 'GET' | 'POST'
  path: string
  headers?: Record<string, string>
  /** The headers as shown, when they differ from `headers` (a token shown abbreviated). */
  shownHeaders?: HeaderLine[]
  body?: unknown
  sentToken?: string
  tampered?: Exchange['tampered']
}

export { bearerLine } from './bearer'

/**
 * The headers to send and the lines to show: a JSON body adds its Content-Type to both, and the
 * refresh cookie the browser adds by itself is shown, masked, but never set by the page.
 *
 * @example
 * requestHeaders({ kind: 'login', method: 'POST', path: '/api/auth/login', body: {} }).headers
 * // => { 'Content-Type': 'application/json' }
 */
export function requestHeaders(request: DemoRequest): {
  headers: Record<string, string>
  shown: HeaderLine[]
} {
  const headers: Record<string, string> = { ...request.headers }
  const shown: HeaderLine[] = [...(request.shownHeaders ?? [])]
  if (request.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    shown.unshift({ name: 'Content-Type', value: 'application/json' })
  }
  const cookie = sentCookie(request.kind)
  if (cookie) shown.push(cookie)
  return { headers, shown }
}

/**
 * A response body: parsed JSON, else the text as it came, else undefined when empty.
 *
 * @example
 * parseBody('{"a":1}') // => { a: 1 }
 * parseBody('Not Found') // => 'Not Found'
 */
export function parseBody(text: string): unknown {
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

function field(body: unknown, name: string): string | undefined {
  return typeof body === 'object' && body !== null && name in body
    ? String((body as Record<string, unknown>)[name])
    : undefined
}

/** The API's error code in a problem+json body, if there is one. */
export function errorCodeOf(body: unknown): string | undefined {
  return field(body, 'code')
}

/** The access token a successful login or refresh issued, if any. */
export function issuedTokenOf(ok: boolean, body: unknown): string | undefined {
  return ok ? field(body, 'accessToken') : undefined
}
