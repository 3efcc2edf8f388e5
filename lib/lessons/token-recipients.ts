/**
 * @module The id-tokens lesson's two checkers, as claim checks the reader can watch: the web app's
 * login check of an ID token and the API's check of an RFC 9068 access token, in the order the
 * lesson's code (content/code/client/id-token.js, server/verify-at-jwt.js) makes them. Both sample
 * tokens are signed by the same provider key, so the signature passes at both recipients and only
 * what the tokens say decides; the lesson's code, with real signatures, is run by
 * test/content/code.test.ts.
 */

import { normalizeTyp } from '@/lib/jwt/claims'

export const PROVIDER_ISSUER = 'https://accounts.example.com'
export const WEB_APP_CLIENT_ID = 'web-app'
export const API_AUDIENCE = 'https://api.example.com'

export type Recipient = 'client' | 'api'
export type CheckId = 'typ' | 'iss' | 'aud' | 'exp' | 'client_id' | 'nonce'
export type Check = { id: CheckId; ok: boolean }
export type Claims = Record<string, unknown>

const CHECKS: Record<Recipient, CheckId[]> = {
  client: ['iss', 'aud', 'exp', 'nonce'],
  api: ['typ', 'iss', 'aud', 'exp', 'client_id'],
}

function audiences(aud: unknown): unknown[] {
  return Array.isArray(aud) ? aud : [aud]
}

/** RFC 9068 §4: `at+jwt`, or the same media type with its `application/` prefix, any case. */
export function isAccessTokenType(typ: unknown): boolean {
  return typeof typ === 'string' && normalizeTyp(typ) === 'at+jwt'
}

/**
 * Every check `recipient` makes on a token, in order; the token is accepted when all pass, and
 * the first failure is what the lesson's code would throw.
 *
 * @example checksFor('api', idHeader, idClaims, { nonce, now })[0] // => { id: 'typ', ok: false }
 */
export function checksFor(
  recipient: Recipient,
  header: Claims,
  claims: Claims,
  context: { nonce: string; now: number },
): Check[] {
  const pass: Record<CheckId, () => boolean> = {
    typ: () => isAccessTokenType(header.typ),
    iss: () => claims.iss === PROVIDER_ISSUER,
    aud: () =>
      audiences(claims.aud).includes(recipient === 'client' ? WEB_APP_CLIENT_ID : API_AUDIENCE),
    exp: () => typeof claims.exp === 'number' && claims.exp > context.now,
    client_id: () => typeof claims.client_id === 'string' && claims.client_id !== '',
    nonce: () => claims.nonce === context.nonce,
  }
  return CHECKS[recipient].map((id) => ({ id, ok: pass[id]() }))
}
