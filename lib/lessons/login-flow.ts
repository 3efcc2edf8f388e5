/**
 * @module login-flow — the login-flow lesson's walk through the demo API, one request a step:
 * register a throwaway account, log in, call /api/me with the access token, refresh (the
 * HttpOnly cookie travels by itself), log out, and try to refresh once more. Each step is a
 * lib/demo DemoRequest, so the widget sends, shows and masks exactly what the demo page does.
 */
import { encodeBase64url } from '@/lib/jwt/base64url-encode'
import { bearerLine, type DemoRequest } from '@/lib/demo/request'

export const FLOW_STEPS = ['register', 'login', 'me', 'refresh', 'logout', 'refreshAgain'] as const
export type FlowStep = (typeof FLOW_STEPS)[number]

/** Who logs in: a throwaway account made for this reader, or a public demo account. */
export interface FlowAccount {
  email: string
  password: string
  name: string
  /** A seeded demo account: nothing to register. */
  demo?: boolean
}

/**
 * A fresh account nobody else has: a random address under example.com (RFC 2606, never
 * delivered) and a password of 18 random bytes (144 bits, 24 base64url characters), which the
 * server's strength check accepts and no dictionary holds.
 *
 * @example throwawayAccount().email // => 'reader-3f9c2a71d04e8b56@example.com'
 */
export function throwawayAccount(
  random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): FlowAccount {
  const id = [...random(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('')
  return {
    email: `reader-${id}@example.com`,
    password: encodeBase64url(random(new Uint8Array(18))),
    name: `Reader ${id.slice(0, 4)}`,
  }
}

/**
 * The request of a step. `accessToken` is the token the last login or refresh issued; /api/me
 * sends it as a Bearer credential.
 *
 * @example flowRequest('refresh', { account }).path // => '/api/auth/refresh'
 */
export function flowRequest(
  step: FlowStep,
  { account, accessToken }: { account: FlowAccount; accessToken?: string },
): DemoRequest {
  switch (step) {
    case 'register': {
      const { email, password, name } = account
      return {
        kind: 'register',
        method: 'POST',
        path: '/api/auth/register',
        body: { email, password, name },
      }
    }
    case 'login': {
      const { email, password } = account
      return { kind: 'login', method: 'POST', path: '/api/auth/login', body: { email, password } }
    }
    case 'me': {
      const value = `Bearer ${accessToken ?? ''}`
      return {
        kind: 'me',
        method: 'GET',
        path: '/api/me',
        headers: accessToken ? { Authorization: value } : undefined,
        shownHeaders: accessToken ? [bearerLine(value, accessToken)] : [],
        sentToken: accessToken,
      }
    }
    case 'refresh':
    case 'refreshAgain':
      return { kind: 'refresh', method: 'POST', path: '/api/auth/refresh' }
    case 'logout':
      return { kind: 'logout', method: 'POST', path: '/api/auth/logout' }
  }
}

/**
 * The step the walk starts on: a demo account skips registration.
 *
 * @example firstStep({ ...account, demo: true }) // => 1 (login)
 */
export function firstStep(account: FlowAccount): number {
  return account.demo ? FLOW_STEPS.indexOf('login') : 0
}
