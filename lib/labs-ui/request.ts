/**
 * @module The lab page's HTTP calls, recorded as exchanges the page shows (request, response,
 * outcome). Paths follow issue 12's contract: /api/labs/<slug>/session, /admin, the exploit server.
 */
import { reasonPhrase } from '@/lib/demo/format'
import { labOutcome, type LabOutcome } from './workbench'

export type LabTarget = 'session' | 'vulnerable' | 'hardened' | 'publish' | 'publicPem' | 'wordlist'

export interface LabExchange {
  id: number
  target: LabTarget
  request: {
    method: 'GET' | 'POST' | 'PUT'
    path: string
    headers: [string, string][]
    body?: string
  }
  response?: { status: number; statusText: string; headers: [string, string][]; body: unknown }
  /** Set when fetch itself failed: nothing came back. */
  networkError?: boolean
  outcome?: LabOutcome
}

const SHOWN_HEADERS = ['content-type', 'www-authenticate', 'retry-after']

let nextId = 1

/** Sends one request and records it; never throws (a network failure is recorded as such). */
export async function labRequest(
  target: LabTarget,
  method: LabExchange['request']['method'],
  path: string,
  { token, body }: { token?: string; body?: string } = {},
): Promise<LabExchange> {
  const headers: [string, string][] = []
  if (token) headers.push(['Authorization', `Bearer ${token}`])
  if (body !== undefined) headers.push(['Content-Type', 'application/json'])
  const exchange: LabExchange = {
    id: nextId++,
    target,
    request: { method, path, headers, ...(body !== undefined && { body }) },
  }
  let response: Response
  try {
    response = await fetch(path, {
      method,
      headers: Object.fromEntries(headers),
      body,
      cache: 'no-store',
    })
  } catch {
    return { ...exchange, networkError: true }
  }
  const text = await response.text().catch(() => '')
  let parsed: unknown = text
  if ((response.headers.get('content-type') ?? '').includes('json')) {
    try {
      parsed = JSON.parse(text)
    } catch {
      parsed = text
    }
  }
  return {
    ...exchange,
    response: {
      status: response.status,
      statusText: reasonPhrase(response.status, response.statusText),
      headers: SHOWN_HEADERS.flatMap((name) => {
        const value = response.headers.get(name)
        return value === null ? [] : [[name, value] as [string, string]]
      }),
      body: parsed,
    },
    outcome: labOutcome(response.status, parsed, response.headers.get('retry-after')),
  }
}
