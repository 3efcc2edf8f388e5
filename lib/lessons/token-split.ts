/**
 * @module token-split — a token taken apart into its three parts and put back together, for the
 * what-is-a-jwt widget: each part's encoded text, the header's and payload's decoded text, the
 * signature's length, and lib/jwt's decode verdict (with the code, part and position of a fault).
 */
import { decodeBase64url } from '@/lib/jwt/base64url-decode'
import { encodeBase64url } from '@/lib/jwt/base64url-encode'
import { decodeToken, type DecodeFailure } from '@/lib/jwt/decode'
import { fail } from '@/lib/jwt/errors'
import { decodeUtf8 } from '@/lib/jwt/utf8'

export type TextPart = 'header' | 'payload'

export interface TokenSplit {
  /** The three encoded parts as typed (missing ones are ''). */
  encoded: { header: string; payload: string; signature: string }
  /** The decoded text of the header and payload; undefined when the part is not base64url UTF-8. */
  text: { header: string | undefined; payload: string | undefined }
  /** The signature's length in bytes; undefined when it is not base64url. */
  signatureBytes: number | undefined
  /** Why lib/jwt refuses the token, or undefined when it decodes as a signed token. */
  problem: DecodeFailure | undefined
}

function textOf(encoded: string): string | undefined {
  const bytes = decodeBase64url(encoded)
  if (!bytes.ok) return undefined
  const text = decodeUtf8(bytes.bytes)
  return text.ok ? text.text : undefined
}

/**
 * Splits `token` at its dots and decodes each part; `problem` is lib/jwt's own verdict.
 *
 * @example
 * splitToken('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln').text.header // => '{"alg":"HS256"}'
 */
export function splitToken(token: string): TokenSplit {
  const [header = '', payload = '', signature = ''] = token.split('.')
  const signatureBytes = decodeBase64url(signature)
  const decoded = decodeToken(token)
  const count = token.split('.').length
  let problem: DecodeFailure | undefined
  // lib/jwt reads one or two parts as a partial token and five as a JWE; this widget wants a JWS,
  // and the count is the first thing to fix when there are not three parts.
  if (count !== 3 && token !== '')
    problem = { ...fail('ERR_SEGMENT_COUNT', { count }), segments: [], warnings: [] }
  else if (!decoded.ok) problem = decoded
  return {
    encoded: { header, payload, signature },
    text: { header: textOf(header), payload: textOf(payload) },
    signatureBytes: signatureBytes.ok ? signatureBytes.bytes.length : undefined,
    problem,
  }
}

/**
 * `token` with the header or payload replaced by the base64url of `text`; the other parts are
 * kept exactly as they were (so the old signature stays, now over different bytes).
 *
 * @example
 * replacePart('a.b.c', 'payload', '{"sub":"1"}') // => 'a.eyJzdWIiOiIxIn0.c'
 */
export function replacePart(token: string, part: TextPart, text: string): string {
  const [header = '', payload = '', signature = ''] = token.split('.')
  const next = encodeBase64url(text)
  return part === 'header' ? `${next}.${payload}.${signature}` : `${header}.${next}.${signature}`
}
