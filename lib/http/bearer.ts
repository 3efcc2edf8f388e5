/** @module Extracts a Bearer token from the Authorization header (RFC 6750 §2.1). */
import { ApiError } from './errors'

/** Longer Authorization headers get a 431 before any parsing or crypto. */
export const MAX_AUTHORIZATION_BYTES = 8 * 1024

const REALM = 'jwt-playground'

function quote(value: string): string {
  return `"${value.replace(/[\\"]/g, '\\$&').replace(/[^\x20-\x7e]/g, '?')}"`
}

/** The RFC 6750 challenge: bare when no credentials were sent, with `invalid_token` otherwise. */
export function bearerChallenge(description?: string): string {
  if (description === undefined) return `Bearer realm=${quote(REALM)}`
  return `Bearer realm=${quote(REALM)}, error="invalid_token", error_description=${quote(description)}`
}

/** An access-token failure: 401 problem+json with the matching WWW-Authenticate challenge. */
export function bearerError(
  code: ConstructorParameters<typeof ApiError>[0],
  detail: string,
): ApiError {
  const challenge = code === 'TOKEN_MISSING' ? bearerChallenge() : bearerChallenge(detail)
  return new ApiError(code, detail, { headers: { 'WWW-Authenticate': challenge } })
}

/**
 * Returns the token of `Authorization: Bearer <token>` or throws the matching ApiError:
 * HEADER_TOO_LARGE (431), TOKEN_MISSING, TOKEN_SCHEME_MISSING.
 */
export function readBearerToken(req: Request): string {
  const header = req.headers.get('authorization')
  if (header === null || header.trim() === '') {
    throw bearerError('TOKEN_MISSING', 'Send the access token as Authorization: Bearer <token>.')
  }
  if (new TextEncoder().encode(header).byteLength > MAX_AUTHORIZATION_BYTES) {
    throw new ApiError(
      'HEADER_TOO_LARGE',
      `The Authorization header is over ${MAX_AUTHORIZATION_BYTES} bytes.`,
    )
  }
  const match = /^(\S+)(?:\s+(.*))?$/.exec(header.trim())
  const scheme = match?.[1] ?? ''
  const credentials = match?.[2]?.trim()
  if (scheme.toLowerCase() !== 'bearer') {
    throw bearerError(
      'TOKEN_SCHEME_MISSING',
      'The Authorization header must start with the Bearer scheme: Authorization: Bearer <token>.',
    )
  }
  if (!credentials) {
    throw bearerError('TOKEN_MISSING', 'The Bearer scheme is there but the token is empty.')
  }
  return credentials
}
