/** @module decode — strict, non-verifying decoding of compact JWS/JWT and JWE tokens. */
import { decodeBase64url } from './base64url'
import { toHex } from './hex'
import { isNoneAlgorithm } from './algorithms'
import { fail, type JwtFailure, type JwtWarning, type SegmentName } from './errors'
import { isJsonObject, parseJson, type JsonObject } from './json'
import { MAX_HEX_BYTES, MAX_INPUT_LENGTH } from './limits'
import { decodeUtf8 } from './utf8'
import { tokenWarnings } from './warnings'

/** Where a segment sits in the input: `input.slice(start, end)`. The UI colours these. */
export interface SegmentRange {
  name: SegmentName
  start: number
  end: number
}

/** The payload of a JWS: a JSON object (a JWT claims set) or something else, kept as bytes. */
export type PayloadView =
  | { type: 'json'; text: string; value: JsonObject }
  | {
      type: 'other'
      /** Why it is not a claims set. */
      code: 'ERR_SEGMENT_EMPTY' | 'ERR_SEGMENT_UTF8' | 'ERR_SEGMENT_JSON' | 'ERR_SEGMENT_NOT_OBJECT'
      /** The text, when the bytes are valid UTF-8. */
      text?: string
      /** The raw bytes as hex (truncated to 512 bytes). */
      hex: string
      /** Offset of the UTF-8 or JSON error inside the decoded payload. */
      at?: number
    }

/** A decoded JWS (possibly partial: one or two segments). */
export interface DecodedJws {
  ok: true
  kind: 'jws'
  segments: SegmentRange[]
  header: JsonObject
  headerText: string
  /** The `alg` header value as written, if it is a string. */
  alg: string | undefined
  /** Absent when the token has only a header. */
  payload: PayloadView | undefined
  payloadBytes: Uint8Array | undefined
  /** Absent for partial tokens; empty for unsecured or stripped tokens. */
  signature: Uint8Array | undefined
  /** `header.payload` exactly as in the input: the bytes the signature covers. */
  signingInput: string | undefined
  /** One or two segments only: decoded on a best-effort basis, cannot be verified. */
  partial: boolean
  /** `alg: none` in any spelling. */
  unsecured: boolean
  warnings: JwtWarning[]
}

/** A recognised JWE (five segments): only its protected header can be read without the key. */
export interface DecodedJwe {
  ok: true
  kind: 'jwe'
  segments: SegmentRange[]
  header: JsonObject
  headerText: string
  alg: string | undefined
  enc: string | undefined
  /** The decoded length of each of the five parts, in bytes, in `segments` order. */
  byteLengths: number[]
  warnings: JwtWarning[]
}

/** A failed decode, with whatever could be read before the failure. */
export interface DecodeFailure extends JwtFailure {
  segments: SegmentRange[]
  header?: JsonObject
  warnings: JwtWarning[]
}

/** The outcome of {@link decodeToken}. */
export type DecodeResult = DecodedJws | DecodedJwe | DecodeFailure

/** Options for {@link decodeToken}. */
export interface DecodeOptions {
  /**
   * `claims` (default): the payload must be a JSON object, as in a JWT; anything else fails
   * with `ERR_SEGMENT_EMPTY`, `ERR_SEGMENT_UTF8`, `ERR_SEGMENT_JSON` or `ERR_SEGMENT_NOT_OBJECT`.
   * `any`: a JWS may carry any bytes; a non-object payload is returned as `type: 'other'`
   * with `WARN_PAYLOAD_NOT_JSON`.
   */
  payload?: 'claims' | 'any'
}

const JWS_NAMES: SegmentName[] = ['header', 'payload', 'signature']
const JWE_NAMES: SegmentName[] = ['header', 'encryptedKey', 'iv', 'ciphertext', 'tag']

type Step<T> = { ok: true; value: T } | { ok: false; failure: JwtFailure }

function segmentBytes(input: string, range: SegmentRange): Step<Uint8Array> {
  const decoded = decodeBase64url(input.slice(range.start, range.end))
  if (decoded.ok) return { ok: true, value: decoded.bytes }
  const { reason, at, char, hint } = decoded
  return {
    ok: false,
    failure: fail('ERR_SEGMENT_BASE64', {
      segment: range.name,
      at: range.start + at,
      reason,
      ...(char !== undefined && { char }),
      ...(hint !== undefined && { hint }),
    }),
  }
}

type JsonStep =
  | { ok: true; text: string; value: JsonObject; duplicates: JwtWarning[] }
  | {
      ok: false
      code: 'ERR_SEGMENT_EMPTY' | 'ERR_SEGMENT_UTF8' | 'ERR_SEGMENT_JSON' | 'ERR_SEGMENT_NOT_OBJECT'
      text?: string
      at?: number
      hex: string
      detail?: string
      reason?: string
    }

function jsonObject(bytes: Uint8Array, segment: SegmentName): JsonStep {
  // Hex is only built for failures: on the happy path it would cost more than the JSON parse.
  const hex = () => toHex(bytes, MAX_HEX_BYTES)
  if (bytes.length === 0) return { ok: false, code: 'ERR_SEGMENT_EMPTY', hex: '' }
  const utf8 = decodeUtf8(bytes)
  if (!utf8.ok) return { ok: false, code: 'ERR_SEGMENT_UTF8', at: utf8.at, hex: hex() }
  const parsed = parseJson(utf8.text)
  if (!parsed.ok)
    return {
      ok: false,
      code: 'ERR_SEGMENT_JSON',
      text: utf8.text,
      hex: hex(),
      detail: parsed.detail,
      ...(parsed.at !== undefined && { at: parsed.at }),
    }
  if (!isJsonObject(parsed.value))
    return {
      ok: false,
      code: 'ERR_SEGMENT_NOT_OBJECT',
      text: utf8.text,
      hex: hex(),
      reason: typeName(parsed.value),
    }
  const duplicates = parsed.duplicates.map((d): JwtWarning => ({
    code: 'WARN_DUPLICATE_KEY',
    segment,
    claim: d.key,
    path: d.path ? `${segment}.${d.path}` : segment,
    at: d.at,
  }))
  return { ok: true, text: utf8.text, value: parsed.value, duplicates }
}

function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

function splitRanges(input: string, names: SegmentName[]): SegmentRange[] {
  const ranges: SegmentRange[] = []
  let start = 0
  for (let i = 0; i <= input.length; i++) {
    if (i === input.length || input.charCodeAt(i) === 0x2e) {
      ranges.push({ name: names[ranges.length] ?? 'signature', start, end: i })
      start = i + 1
    }
  }
  return ranges
}

function failure(base: JwtFailure, segments: SegmentRange[], header?: JsonObject): DecodeFailure {
  return { ...base, segments, ...(header && { header }), warnings: [] }
}

function jsonFailure(step: Exclude<JsonStep, { ok: true }>, segment: SegmentName): JwtFailure {
  const { code, at, hex, detail, reason, text } = step
  return fail(code, {
    segment,
    hex,
    // The decoded text, so a reader can be shown where its JSON breaks (`at` is in it).
    ...(text !== undefined && { text }),
    ...(at !== undefined && { at }),
    ...(reason !== undefined && { reason }),
    ...(detail !== undefined && { detail }),
  })
}

/**
 * Decodes a compact token without verifying it. Strict: each segment must be exact
 * base64url (see {@link decodeBase64url}); the header must be a UTF-8 JSON object. Every
 * segment's range in the input is returned for colouring, also on failure. One or two
 * segments decode as a partial token (`WARN_PARTIAL_TOKEN`); five are a JWE, whose protected
 * header is shown. Inputs over {@link MAX_INPUT_LENGTH} are refused before any work.
 *
 * @example
 * const result = decodeToken('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln')
 * if (result.ok && result.kind === 'jws') result.header.alg // => 'HS256'
 * decodeToken('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0=.c2ln')
 * // => { ok: false, code: 'ERR_SEGMENT_BASE64', segment: 'payload', at: 36, reason: 'padding', hint: 'base64', ... }
 */
export function decodeToken(input: string, options: DecodeOptions = {}): DecodeResult {
  if (typeof input !== 'string' || input.length === 0) return failure(fail('ERR_INPUT_EMPTY'), [])
  if (input.length > MAX_INPUT_LENGTH)
    return failure(fail('ERR_INPUT_TOO_LARGE', { size: input.length, limit: MAX_INPUT_LENGTH }), [])
  if (/^\s*\{/.test(input.slice(0, 64))) return failure(fail('ERR_JSON_SERIALIZATION'), [])

  const dots = countDots(input)
  if (dots === 3 || dots > 4) return failure(fail('ERR_SEGMENT_COUNT', { count: dots + 1 }), [])
  const isJwe = dots === 4
  const segments = splitRanges(input, isJwe ? JWE_NAMES : JWS_NAMES)
  const headerRange = segments[0]!
  if (headerRange.end === headerRange.start)
    return failure(fail('ERR_SEGMENT_EMPTY', { segment: 'header', at: 0 }), segments)

  // Check every segment's base64url before reading JSON, so the first error in the input wins.
  const bytes: Uint8Array[] = []
  for (const range of segments) {
    const step = segmentBytes(input, range)
    if (!step.ok) return failure(step.failure, segments)
    bytes.push(step.value)
  }
  const header = jsonObject(bytes[0]!, 'header')
  if (!header.ok) return failure(jsonFailure(header, 'header'), segments)
  const alg = typeof header.value.alg === 'string' ? header.value.alg : undefined

  if (isJwe) {
    const enc = typeof header.value.enc === 'string' ? header.value.enc : undefined
    const warnings = [...header.duplicates, ...tokenWarnings(header.value, undefined)]
    warnings.push({ code: 'WARN_JWE_ENCRYPTED', segment: 'header', ...(enc && { alg: enc }) })
    return {
      ok: true,
      kind: 'jwe',
      segments,
      header: header.value,
      headerText: header.text,
      alg,
      enc,
      byteLengths: bytes.map((b) => b.length),
      warnings,
    }
  }

  const partial = segments.length < 3
  const hasPayload =
    segments.length >= 2 && !(segments.length === 2 && segments[1]!.start === segments[1]!.end)
  let payload: PayloadView | undefined
  const warnings: JwtWarning[] = [...header.duplicates]
  let claims: JsonObject | undefined
  if (hasPayload) {
    const step = jsonObject(bytes[1]!, 'payload')
    if (step.ok) {
      payload = { type: 'json', text: step.text, value: step.value }
      claims = step.value
      warnings.push(...step.duplicates)
    } else {
      if (options.payload !== 'any')
        return failure(jsonFailure(step, 'payload'), segments, header.value)
      payload = {
        type: 'other',
        code: step.code,
        hex: step.hex,
        ...(step.text !== undefined && { text: step.text }),
        ...(step.at !== undefined && { at: step.at }),
      }
      warnings.push({ code: 'WARN_PAYLOAD_NOT_JSON', segment: 'payload', reason: step.code })
    }
  }
  warnings.push(...tokenWarnings(header.value, claims))
  if (partial) warnings.push({ code: 'WARN_PARTIAL_TOKEN', count: segments.length })
  const signatureRange = segments[2]
  return {
    ok: true,
    kind: 'jws',
    segments,
    header: header.value,
    headerText: header.text,
    alg,
    payload,
    payloadBytes: hasPayload ? bytes[1] : undefined,
    signature: signatureRange ? bytes[2] : undefined,
    signingInput: signatureRange ? input.slice(0, signatureRange.start - 1) : undefined,
    partial,
    unsecured: isNoneAlgorithm(header.value.alg),
    warnings,
  }
}

function countDots(input: string): number {
  let dots = 0
  for (let i = input.indexOf('.'); i !== -1; i = input.indexOf('.', i + 1)) dots++
  return dots
}
