/**
 * @module tamper — the smallest visible edit to a token's payload: one character of one value,
 * with the original signature kept, so a verifier must refuse the result. The lesson widgets and
 * the demo's "tampered" request both use it.
 */
import { encodeBase64url } from './base64url'
import { scanJson, type JsonMember } from './json-scan'
import { decodeSegmentText } from './segment'

/** A token with one payload character changed. */
export interface Tampering {
  /** The token with the changed payload and the original header and signature. */
  token: string
  /** The claim whose value changed. */
  claim: string
  payloadBefore: string
  payloadAfter: string
  /** The JSON value before and after as written, e.g. `"42"` and `"43"`. */
  before: string
  after: string
}

/**
 * The character after `char` among digits or letters of the same case, wrapping around; `x`
 * for anything else.
 *
 * @example nextCharacter('9') // => '0'; nextCharacter('c') // => 'd'
 */
export function nextCharacter(char: string): string {
  if (/^[0-8a-yA-Y]$/.test(char)) return String.fromCharCode(char.charCodeAt(0) + 1)
  return char === '9' ? '0' : char === 'z' ? 'a' : char === 'Z' ? 'A' : 'x'
}

/** The part of a member's value that may change: a plain string, or an integer's digits. */
function editable(text: string, member: JsonMember, numbers: boolean): string | undefined {
  const literal = text.slice(member.valueStart, member.valueEnd)
  if (/^"[^"\\]+"$/.test(literal)) return literal
  return numbers ? /^-?\d+/.exec(literal)?.[0] : undefined
}

/**
 * Changes the last character of one top-level value of the payload, in place, so every other
 * byte stays as written. By default the first plain string or integer value changes; with
 * `claims`, the first of those claims that holds a non-empty string (the demo changes `sub`:
 * "become another user"). Undefined when there is nothing to change.
 *
 * @example
 * tamperPayload(token) // => { claim: 'sub', before: '"42"', after: '"43"', token: '…', ... }
 * tamperPayload(token, { claims: ['sub', 'jti'] })
 */
export function tamperPayload(
  token: string,
  options: { claims?: readonly string[] } = {},
): Tampering | undefined {
  const [header, payload, signature] = token.split('.')
  if (header === undefined || payload === undefined || signature === undefined) return undefined
  const text = decodeSegmentText(payload)
  if (text === undefined) return undefined
  const scan = scanJson(text)
  if (!scan.ok) return undefined
  const candidates = options.claims
    ? options.claims.flatMap((claim) => scan.members.filter((m) => m.key === claim))
    : scan.members
  for (const member of candidates) {
    const literal = editable(text, member, !options.claims)
    if (literal === undefined) continue
    const at = member.valueStart + literal.length - (literal.startsWith('"') ? 2 : 1)
    const payloadAfter = text.slice(0, at) + nextCharacter(text[at]!) + text.slice(at + 1)
    return {
      token: `${header}.${encodeBase64url(payloadAfter)}.${signature}`,
      claim: member.key,
      payloadBefore: text,
      payloadAfter,
      before: literal,
      after: payloadAfter.slice(member.valueStart, member.valueStart + literal.length),
    }
  }
  return undefined
}
