/**
 * @module highlight — which characters of a base64url segment carry a given part of its decoded
 * text, so hovering `"exp"` in the payload lights up exactly those bytes in the token.
 */
import { memberAt, type JsonMember, type JsonScan } from '@/lib/jwt/json-scan'

/** UTF-8 length of a JavaScript string (no allocation). */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

/**
 * Base64url characters `[start, end)` that encode bytes `[byteStart, byteEnd)`. Each 3 bytes
 * become 4 characters; a byte at position p (0-2) of its group touches characters p and p+1, so
 * the range includes the characters shared with neighbouring bytes.
 *
 * @example
 * base64Span(0, 3) // => { start: 0, end: 4 }
 * base64Span(4, 5) // => { start: 5, end: 7 }
 */
export function base64Span(byteStart: number, byteEnd: number): { start: number; end: number } {
  if (byteEnd <= byteStart) return { start: 0, end: 0 }
  const first = Math.floor(byteStart / 3) * 4 + (byteStart % 3)
  const lastByte = byteEnd - 1
  const last = Math.floor(lastByte / 3) * 4 + (lastByte % 3) + 1
  return { start: first, end: last + 1 }
}

/**
 * Token offsets of the characters encoding `decoded.slice(from, to)`, for a segment that starts
 * at `segmentStart` and is `segmentLength` characters long.
 *
 * @example
 * // payload segment at 37, decoded text '{"sub":"42"}': the "sub" key is bytes 1-6
 * tokenRangeFor('{"sub":"42"}', 1, 6, 37, 16) // => { start: 38, end: 45 }
 */
export function tokenRangeFor(
  decoded: string,
  from: number,
  to: number,
  segmentStart: number,
  segmentLength: number,
): { start: number; end: number } {
  const byteStart = utf8Length(decoded.slice(0, from))
  const byteEnd = byteStart + utf8Length(decoded.slice(from, to))
  const span = base64Span(byteStart, byteEnd)
  return {
    start: segmentStart + Math.min(span.start, segmentLength),
    end: segmentStart + Math.min(span.end, segmentLength),
  }
}

/** One decoded part as the editor shows it and as the token currently carries it. */
export interface HighlightPart {
  text: string
  scan: JsonScan
  /** The part's text as decoded from the token; differs from `text` while a re-sign is pending. */
  tokenText: string
}

export interface HighlightInput {
  segments: readonly { start: number; end: number }[]
  /** A claim tapped in the claims table; wins over the pointer. */
  claimPick: string | null
  /** The member under the pointer or cursor in an editor. */
  locate: { part: 'header' | 'payload'; offset: number } | null
  header: HighlightPart
  payload: HighlightPart
}

export interface Highlight {
  part: 'header' | 'payload'
  key: string
  range: { start: number; end: number }
}

/**
 * The member to light up and its characters in the token, or null when nothing is picked or
 * the token does not (yet) carry the text shown.
 *
 * @example
 * highlightFor({ segments, claimPick: 'sub', locate: null, header, payload })
 * // => { part: 'payload', key: 'sub', range: { start: 38, end: 45 } }
 */
export function highlightFor(input: HighlightInput): Highlight | null {
  const { segments, claimPick, locate } = input
  if (segments.length < 2) return null
  let part: 'header' | 'payload'
  let member: JsonMember | undefined
  if (claimPick !== null && input.payload.scan.ok) {
    part = 'payload'
    member = input.payload.scan.members.find((m) => m.key === claimPick)
  } else if (locate) {
    part = locate.part
    const scan = input[part].scan
    member = scan.ok ? memberAt(scan.members, locate.offset) : undefined
  } else return null
  if (!member) return null
  const { text, tokenText } = input[part]
  // In edit mode the token catches up a moment after the JSON: only map when they agree.
  if (tokenText !== text) return null
  const segment = segments[part === 'header' ? 0 : 1]!
  const range = tokenRangeFor(
    text,
    member.keyStart,
    member.valueEnd,
    segment.start,
    segment.end - segment.start,
  )
  return { part, key: member.key, range }
}
