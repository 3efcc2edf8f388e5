import 'server-only'

/**
 * @module The one error model of lib/auth: every domain function returns `{ ok: true, … }` or an
 * AuthFailure with a stable code (lib/contract's error codes). Nothing here throws for anything
 * a client can cause; lib/http turns failures into problem+json, Retry-After and challenges.
 */
import type { ApiErrorCode } from '@/lib/contract'

export interface AuthFailure {
  ok: false
  code: ApiErrorCode
  /** English, for developers reading the response; the UI translates by `code`. */
  detail: string
  /** Seconds until a refused attempt may be repeated (RATE_LIMITED, LOGIN_DELAYED). */
  retryAfter?: number
  /** More members for the problem body (e.g. `issues` of PASSWORD_TOO_WEAK). */
  extra?: Record<string, unknown>
}

export type AuthResult<T extends object = object> = ({ ok: true } & T) | AuthFailure

/** @example return authFailure('EMAIL_TAKEN', 'An account for a@example.com already exists.') */
export function authFailure(
  code: ApiErrorCode,
  detail: string,
  more: Pick<AuthFailure, 'retryAfter' | 'extra'> = {},
): AuthFailure {
  return { ok: false, code, detail, ...more }
}

/** Whole seconds to wait, at least one. */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000))
}
