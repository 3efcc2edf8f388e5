/**
 * @module The security headers of every API answer (OWASP REST Security Cheat Sheet: nothing in
 * a JSON answer may run, be framed or be sniffed as something else). Pages get theirs from
 * next.config.js; the API is left out there because Next fills `headers()` values in per request
 * (a path-to-regexp compile for each value holding a colon, ~25 µs of an /api/me request).
 */

export const API_SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
} as const

function fill(headers: Headers) {
  for (const [name, value] of Object.entries(API_SECURITY_HEADERS))
    if (!headers.has(name)) headers.set(name, value)
}

/** `response` with the API's security headers (those it sets itself are kept). */
export function withApiSecurityHeaders(response: Response): Response {
  try {
    fill(response.headers)
    return response
  } catch {
    // Immutable headers (a Response.redirect or a fetched response): answer with a copy.
    const copy = new Response(response.body, response)
    fill(copy.headers)
    return copy
  }
}
