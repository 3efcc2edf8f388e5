/**
 * @module One HTTP exchange of the demo, as the page records and shows it: what was sent, what
 * came back, and which lines the page could not see for itself (HttpOnly cookies).
 */

/** The learner's actions. Several share a route: tamper, noBearer and expired all call /api/me. */
export type StepKind =
  'register' | 'login' | 'me' | 'tamper' | 'noBearer' | 'expired' | 'refresh' | 'replay' | 'logout'

/** The rows of the sequence diagram and the server-code samples: one per route. */
export type RouteStep = 'register' | 'login' | 'me' | 'refresh' | 'replay' | 'logout'

export const ROUTE_STEPS: readonly RouteStep[] = [
  'register',
  'login',
  'me',
  'refresh',
  'replay',
  'logout',
]

export function routeStepOf(kind: StepKind): RouteStep {
  return kind === 'tamper' || kind === 'noBearer' || kind === 'expired' ? 'me' : kind
}

/** The page's places with buttons: a step's result is shown in the place whose button sent it. */
export type Panel = 'login' | 'register' | 'actions' | 'session'

export function panelOf(kind: StepKind): Panel {
  switch (routeStepOf(kind)) {
    case 'login':
    case 'register':
      return kind as 'login' | 'register'
    case 'me':
      return 'actions'
    default:
      return 'session'
  }
}

/** The steps that present the refresh cookie (REFRESH_COOKIE): one at a time across tabs. */
export function presentsRefreshCookie(kind: StepKind): boolean {
  return kind === 'refresh' || kind === 'logout'
}

/**
 * A header line as shown. `hidden` lines are not read from the page: the browser adds the Cookie
 * header and keeps Set-Cookie from JavaScript, so those lines show what the API sends, masked.
 */
export interface HeaderLine {
  name: string
  value: string
  hidden?: 'sentByBrowser' | 'httpOnly'
  /** The full token, when `value` abbreviates one. */
  token?: string
}

export interface ExchangeRequest {
  method: 'GET' | 'POST'
  path: string
  headers: HeaderLine[]
  body?: unknown
}

export interface ExchangeResponse {
  status: number
  statusText: string
  headers: HeaderLine[]
  body?: unknown
}

export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  code?: string
}

export interface Exchange {
  id: number
  kind: StepKind
  /** When it was sent, ms since the epoch. */
  at: number
  request: ExchangeRequest
  response?: ExchangeResponse
  /** Set when fetch itself failed: nothing came back. */
  networkError?: boolean
  /** The token sent as the credential (me, tamper, noBearer, expired). */
  sentToken?: string
  /** The access token the response issued (login, refresh). */
  issuedToken?: string
  /** For tamper: what was changed. */
  tampered?: { claim: string; before: string; after: string }
  /** True when this tab waited for another tab's refresh before sending (see refresh-lock). */
  waitedForLock?: boolean
}

/** The problem+json body of an error response, if that is what came back. */
export function problemOf(exchange: Exchange): Problem | null {
  const body = exchange.response?.body
  if (!exchange.response || exchange.response.status < 400) return null
  if (typeof body === 'object' && body !== null && 'code' in body) return body as Problem
  return {}
}
