/**
 * @module Every error code the API can answer with, its HTTP status and its English title.
 * The demo page translates by `code` (content/messages: `Api.errors.<CODE>`); tests assert the code.
 */

export const API_ERRORS = {
  // Request shape
  VALIDATION_FAILED: { status: 400, title: 'The request body is not valid' },
  INVALID_JSON: { status: 400, title: 'The request body is not valid JSON' },
  MALFORMED_REQUEST: { status: 400, title: 'The request is not valid HTTP' },
  PASSWORD_TOO_WEAK: { status: 400, title: 'This password is too easy to guess' },
  ORIGIN_MISMATCH: { status: 403, title: 'Cross-origin request refused' },
  REQUEST_TIMEOUT: { status: 408, title: 'The request took too long to arrive' },
  NOT_FOUND: { status: 404, title: 'No such API endpoint' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'This endpoint does not answer that method' },
  EMAIL_TAKEN: { status: 409, title: 'An account with this email already exists' },
  BODY_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'The request body must be JSON' },
  HEADER_TOO_LARGE: { status: 431, title: 'The Authorization header is too large' },
  HEADERS_TOO_LARGE: { status: 431, title: 'The request headers are too large' },
  RATE_LIMITED: { status: 429, title: 'Too many attempts' },
  LOGIN_DELAYED: { status: 429, title: 'Wait before the next login attempt' },
  INTERNAL_ERROR: { status: 500, title: 'Internal server error' },

  // Login
  INVALID_CREDENTIALS: { status: 401, title: 'Wrong email or password' },

  // Access tokens (GET /api/me): all 401 with WWW-Authenticate: Bearer
  TOKEN_MISSING: { status: 401, title: 'No access token' },
  TOKEN_SCHEME_MISSING: { status: 401, title: 'The Bearer scheme is missing' },
  TOKEN_MALFORMED: { status: 401, title: 'The access token is malformed' },
  TOKEN_ALG_NOT_ALLOWED: { status: 401, title: 'The token algorithm is not allowed' },
  TOKEN_EMBEDDED_KEY: { status: 401, title: 'The token header carries its own key' },
  TOKEN_UNKNOWN_KID: { status: 401, title: 'The token was signed with an unknown key' },
  TOKEN_BAD_SIGNATURE: { status: 401, title: 'The token signature is invalid' },
  TOKEN_WRONG_TYPE: { status: 401, title: 'The token is not an access token' },
  TOKEN_WRONG_ISSUER: { status: 401, title: 'The token was issued by someone else' },
  TOKEN_WRONG_AUDIENCE: { status: 401, title: 'The token is meant for another audience' },
  TOKEN_CLAIM_MISSING: { status: 401, title: 'The token lacks a required claim' },
  TOKEN_EXPIRED: { status: 401, title: 'The access token has expired' },
  TOKEN_NOT_YET_VALID: { status: 401, title: 'The access token is not valid yet' },
  TOKEN_USER_UNKNOWN: { status: 401, title: 'The token subject no longer exists' },

  // Refresh tokens (cookie)
  REFRESH_TOKEN_MISSING: { status: 401, title: 'No refresh token' },
  REFRESH_TOKEN_INVALID: { status: 401, title: 'The refresh token is not valid' },
  REFRESH_TOKEN_EXPIRED: { status: 401, title: 'The refresh token has expired' },
  REFRESH_TOKEN_REVOKED: { status: 401, title: 'The session was revoked' },
  REFRESH_TOKEN_REUSED: { status: 401, title: 'Refresh token reuse detected' },
} as const satisfies Record<string, { status: number; title: string }>

export type ApiErrorCode = keyof typeof API_ERRORS

export const API_ERROR_CODES = Object.keys(API_ERRORS) as ApiErrorCode[]
