/**
 * @module segment — quick reads of a token the page made or received itself (lesson widgets, the
 * demo's own access token): segment text, pretty JSON, header and payload objects. No positions
 * and no warnings, so a client leaf pays a few hundred bytes; for tokens a person pastes, use
 * {@link decodeToken}, which says what is wrong and where.
 */
import { decodeBase64url } from './base64url-decode'
import { isJsonObject, type JsonObject } from './json-object'

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * The UTF-8 text of one base64url segment; undefined when it is not valid base64url or UTF-8.
 *
 * @example decodeSegmentText('eyJzdWIiOiI0MiJ9') // => '{"sub":"42"}'
 */
export function decodeSegmentText(segment: string): string | undefined {
  const decoded = decodeBase64url(segment)
  if (!decoded.ok) return undefined
  try {
    return utf8.decode(decoded.bytes)
  } catch {
    return undefined
  }
}

/**
 * Pretty JSON of a segment, or its raw text when it is not JSON.
 *
 * @example prettySegment('eyJzdWIiOiI0MiJ9') // => '{\n  "sub": "42"\n}'
 */
export function prettySegment(segment: string): string {
  const text = decodeSegmentText(segment) ?? ''
  try {
    return JSON.stringify(JSON.parse(text), null, 2)
  } catch {
    return text
  }
}

function segmentObject(segment: string): JsonObject | null {
  const text = decodeSegmentText(segment)
  if (text === undefined) return null
  try {
    const value: unknown = JSON.parse(text)
    return isJsonObject(value) ? value : null
  } catch {
    return null
  }
}

/**
 * A compact JWS's header and payload objects, read without checking anything; null when the
 * token is not three segments with JSON-object header and payload.
 *
 * @example peekJws(token)?.payload.exp // => 1767225600
 */
export function peekJws(token: string): { header: JsonObject; payload: JsonObject } | null {
  const [header, payload, signature] = token.split('.')
  if (header === undefined || payload === undefined || signature === undefined) return null
  const decoded = { header: segmentObject(header), payload: segmentObject(payload) }
  return decoded.header && decoded.payload
    ? { header: decoded.header, payload: decoded.payload }
    : null
}
