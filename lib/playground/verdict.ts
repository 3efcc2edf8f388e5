/**
 * @module verdict — one answer to "can I trust this signature?", derived from the decode and
 * verify results, kept apart from the claims (expiry) so the two never blur: a verified but
 * expired token reads "Signature verified" and "Expired 3 min ago", never a single green tick.
 */
import type { DecodeResult, JwtFailure, VerifyResult } from '@/lib/jwt/crypto'

export type Verdict =
  | { kind: 'empty' }
  | { kind: 'json-error'; segment: 'header' | 'payload'; line: number; column: number }
  | { kind: 'unreadable'; failure: JwtFailure }
  | { kind: 'jwe' }
  | { kind: 'partial'; count: number }
  | { kind: 'unsecured'; alg: string }
  | { kind: 'no-key'; keyKind: 'secret' | 'public' }
  | { kind: 'checking' }
  | { kind: 'verified'; alg: string; source: string; kid?: string }
  | { kind: 'invalid'; alg: string }
  | { kind: 'not-allowed'; failure: JwtFailure }
  | { kind: 'key-problem'; failure: JwtFailure }
  | { kind: 'cannot-verify'; failure: JwtFailure }

export interface VerdictInput {
  /** Undefined when there is no token (empty input, nothing found). */
  decoded: DecodeResult | undefined
  /** A failure to find a token in non-empty input. */
  findFailure?: JwtFailure
  /** Undefined while verification is pending (debounced or running). */
  verification: VerifyResult | undefined
  /** Whether the user has entered a key of the kind the algorithm needs. */
  hasKey: boolean
  /** The key kind the chosen algorithm needs. */
  keyKind: 'secret' | 'public'
  /** Edit mode: the JSON being edited does not parse. */
  jsonError?: { segment: 'header' | 'payload'; line: number; column: number }
}

const KEY_STAGE_CODES = new Set(['ERR_KEY_TYPE_MISMATCH'])

/**
 * The verdict to show. Only a signature that jose rejected is "Invalid signature"; a key that
 * cannot be used, an algorithm outside the allow-list or malformed JSON each say so instead.
 *
 * @example
 * verdictFor({ decoded, verification: undefined, hasKey: false, keyKind: 'secret' }) // => { kind: 'no-key', keyKind: 'secret' }
 */
export function verdictFor(input: VerdictInput): Verdict {
  if (input.jsonError) return { kind: 'json-error', ...input.jsonError }
  const { decoded } = input
  if (!decoded) {
    if (input.findFailure && input.findFailure.code !== 'ERR_INPUT_EMPTY')
      return { kind: 'unreadable', failure: input.findFailure }
    return { kind: 'empty' }
  }
  if (!decoded.ok) return { kind: 'unreadable', failure: decoded }
  if (decoded.kind === 'jwe') return { kind: 'jwe' }
  if (decoded.partial) return { kind: 'partial', count: decoded.segments.length }
  if (decoded.unsecured) return { kind: 'unsecured', alg: String(decoded.header.alg) }
  if (!input.hasKey) return { kind: 'no-key', keyKind: input.keyKind }
  const result = input.verification
  if (!result) return { kind: 'checking' }
  if (result.ok)
    return {
      kind: 'verified',
      alg: result.alg,
      source: result.key.source,
      ...(result.key.kid !== undefined && { kid: result.key.kid }),
    }
  if (result.code === 'ERR_SIGNATURE_INVALID') return { kind: 'invalid', alg: String(result.alg) }
  if (result.code === 'ERR_KEY_MISSING') return { kind: 'no-key', keyKind: input.keyKind }
  if (result.code === 'ERR_ALG_NOT_ALLOWED') return { kind: 'not-allowed', failure: result }
  if (result.code === 'ERR_ALG_NONE') return { kind: 'unsecured', alg: String(result.alg) }
  if (result.stage === 'key' || KEY_STAGE_CODES.has(result.code))
    return { kind: 'key-problem', failure: result }
  return { kind: 'cannot-verify', failure: result }
}

/** The visual tone of a verdict. */
export function verdictTone(verdict: Verdict): 'good' | 'bad' | 'warn' | 'neutral' {
  switch (verdict.kind) {
    case 'verified':
      return 'good'
    case 'invalid':
    case 'unsecured':
    case 'not-allowed':
      return 'bad'
    case 'unreadable':
    case 'key-problem':
    case 'cannot-verify':
    case 'json-error':
    case 'partial':
    case 'jwe':
      return 'warn'
    default:
      return 'neutral'
  }
}
