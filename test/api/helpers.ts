/** Shared helpers for the route tests: a temporary database, requests, cookies, tokens. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { markConnectionHookInstalled } from '@/lib/http/client-address'

// Route tests call the handlers directly, without node's http server: they play the connection
// hook's part themselves, writing the peer headers (see connectionHeaders).
markConnectionHookInstalled()

/**
 * Points DATABASE_URL at a fresh SQLite file. Call at the top of a test file, before the first
 * request: the store is opened lazily on first use, from whatever DATABASE_URL says then.
 */
export function pointDatabaseAtTempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jwtpg-api-'))
  const url = `file:${join(dir, 'nested', 'test.db')}`
  process.env.DATABASE_URL = url
  return url
}

export const ORIGIN = 'http://localhost'

let ipCounter = 0
/** A fresh client IP, so rate limits of one test do not leak into another. */
export function freshIp(): string {
  ipCounter += 1
  return `203.0.113.${ipCounter}`
}

/**
 * What a request through `next start` carries about its connection: the Host it was sent to,
 * and the peer headers the connection hook writes (a fresh address unless `peer` is given).
 */
export function connectionHeaders(origin = ORIGIN, peer = freshIp()): Record<string, string> {
  const url = new URL(origin)
  return {
    Host: url.host,
    'X-JWTPG-Peer-Address': peer,
    'X-JWTPG-Peer-Proto': url.protocol === 'https:' ? 'https' : 'http',
  }
}

export function jsonRequest(
  path: string,
  body: unknown,
  init: { headers?: Record<string, string>; method?: string; origin?: string; peer?: string } = {},
): Request {
  const origin = init.origin ?? ORIGIN
  return new Request(`${origin}${path}`, {
    method: init.method ?? 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...connectionHeaders(origin, init.peer),
      ...init.headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

export function bearerRequest(token: string, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}/api/me`, {
    headers: { ...connectionHeaders(), Authorization: `Bearer ${token}`, ...headers },
  })
}

/** The `name=value` part of the Set-Cookie header, ready for a Cookie header. */
export function cookiePair(res: Response): string {
  const setCookie = res.headers.get('set-cookie')
  if (!setCookie) throw new Error('no Set-Cookie header')
  return setCookie.split(';')[0] ?? ''
}

export function cookieRequest(
  path: string,
  cookie: string | undefined,
  headers: Record<string, string> = {},
) {
  return new Request(`${ORIGIN}${path}`, {
    method: 'POST',
    headers: { ...connectionHeaders(), ...(cookie ? { Cookie: cookie } : {}), ...headers },
  })
}

export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  code: string
}

/** Asserts a problem+json response and returns its body. */
export async function expectProblem(res: Response, status: number, code: string): Promise<Problem> {
  const body = (await res.json()) as Problem
  expect({ status: res.status, code: body.code }).toEqual({ status, code })
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  expect(body).toMatchObject({ status, code, type: `urn:jwt-playground:error:${code}` })
  expect(body.title).toEqual(expect.any(String))
  expect(body.detail).toEqual(expect.any(String))
  return body
}

export function b64url(value: unknown): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString(
    'base64url',
  )
}
