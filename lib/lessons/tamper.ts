/** @module What <TamperDemo> changes: exactly one character of a token's payload. */
import { base64urlText, decodeSegment } from './hs256'

export type Tampering = {
  /** The token with one payload character changed and the original signature kept. */
  token: string
  payloadBefore: string
  payloadAfter: string
  /** The JSON value before and after, e.g. `"42"` and `"43"`. */
  before: string
  after: string
}

function bump(char: string): string {
  if (/[0-8]/.test(char)) return String(Number(char) + 1)
  if (char === '9') return '0'
  if (/[a-y]/i.test(char)) return String.fromCharCode(char.charCodeAt(0) + 1)
  if (char === 'z') return 'a'
  if (char === 'Z') return 'A'
  return 'x'
}

/**
 * Changes the last character of the payload's first string (or number) value, the smallest edit
 * that a reader can see and that the signature must catch.
 *
 * @example
 * tamperPayload(token).before // => '"42"'; .after // => '"43"'
 */
export function tamperPayload(token: string): Tampering | undefined {
  const [header, payload, signature] = token.split('.')
  if (header === undefined || payload === undefined || signature === undefined) return undefined
  const text = decodeSegment(payload)
  if (text === undefined) return undefined
  const value = /:\s*("([^"\\]+)"|(-?\d+))/.exec(text)
  if (!value) return undefined
  const literal = value[1]!
  const valueStart = value.index + value[0].length - literal.length
  // The last character inside the quotes, or the last digit of a number.
  const at = valueStart + literal.length - (literal.startsWith('"') ? 2 : 1)
  const payloadAfter = text.slice(0, at) + bump(text[at]!) + text.slice(at + 1)
  const after = payloadAfter.slice(valueStart, valueStart + literal.length)
  return {
    token: `${header}.${base64urlText(payloadAfter)}.${signature}`,
    payloadBefore: text,
    payloadAfter,
    before: literal,
    after,
  }
}
