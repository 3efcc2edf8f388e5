/**
 * @module The few JWT operations the demo page needs in the browser: decode (no verification,
 * the server does that), shorten for display, and change one character of the payload. Plain
 * base64url and JSON, so no JOSE library reaches the client bundle.
 */

export interface DecodedToken {
  header: Record<string, unknown>
  payload: Record<string, unknown>
}

function decodeSegment(segment: string): unknown {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/')
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
  return JSON.parse(new TextDecoder().decode(bytes))
}

function encodeSegment(value: string): string {
  const bytes = new TextEncoder().encode(value)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Reads a JWT's header and payload without checking anything; null when it is not a JWS.
 *
 * @example decodeToken(token)?.payload.exp // => 1767225600
 */
export function decodeToken(token: string): DecodedToken | null {
  const [header, payload, signature] = token.split('.')
  if (header === undefined || payload === undefined || signature === undefined) return null
  try {
    const decoded = { header: decodeSegment(header), payload: decodeSegment(payload) }
    return isObject(decoded.header) && isObject(decoded.payload) ? (decoded as DecodedToken) : null
  } catch {
    return null
  }
}

/** True for strings that look like a compact JWS (three base64url parts). */
export function looksLikeJwt(value: string): boolean {
  return /^[\w-]{8,}\.[\w-]{8,}\.[\w-]*$/.test(value)
}

/**
 * Shortens a token for display, keeping both ends so two tokens can still be told apart.
 *
 * @example abbreviate('eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln…') // => 'eyJhbGciOiJF…c2lnbmF0'
 */
export function abbreviate(token: string, head = 12, tail = 8): string {
  return token.length <= head + tail + 1 ? token : `${token.slice(0, head)}…${token.slice(-tail)}`
}

export interface Tampered {
  token: string
  claim: string
  before: string
  after: string
}

/** The claims tried in order: changing `sub` is the classic "become another user" attack. */
const TAMPER_CLAIMS = ['sub', 'jti', 'client_id']

function flip(char: string): string {
  if (/[0-8a-yA-Y]/.test(char)) return String.fromCharCode(char.charCodeAt(0) + 1)
  return char === '9' ? '0' : char === 'z' ? 'a' : char === 'Z' ? 'A' : 'x'
}

/**
 * Changes one character of one string claim in the payload and re-encodes the payload, keeping
 * the original header and signature. The result is still a well-formed JWS whose signature no
 * longer matches: the server must answer TOKEN_BAD_SIGNATURE. Null when there is nothing to
 * change.
 *
 * @example tamperPayload(token) // => { claim: 'sub', before: '…c41', after: '…c42', token: '…' }
 */
export function tamperPayload(token: string): Tampered | null {
  const [header, , signature] = token.split('.')
  const decoded = decodeToken(token)
  if (!decoded || header === undefined || signature === undefined) return null
  const claim = TAMPER_CLAIMS.find((name) => {
    const value = decoded.payload[name]
    return typeof value === 'string' && value.length > 0
  })
  if (!claim) return null
  const before = decoded.payload[claim] as string
  const after = before.slice(0, -1) + flip(before.slice(-1))
  const payload = JSON.stringify({ ...decoded.payload, [claim]: after })
  return { token: `${header}.${encodeSegment(payload)}.${signature}`, claim, before, after }
}
