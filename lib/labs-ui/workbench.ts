/**
 * @module The token workbench's pure half: a lab token split into editable texts, header members
 * set without losing what the learner wrote, a token assembled around a given signature, and the
 * lab server's answer read as one outcome. No crypto here: signing goes through lib/jwt/crypto,
 * loaded on demand by the workbench.
 */
import { encodeBase64url } from '@/lib/jwt/base64url'
import { fail, type JwtFailure } from '@/lib/jwt/errors'
import { isJsonObject, parseJson, type JsonObject } from '@/lib/jwt/json'
import { prettySegment } from '@/lib/jwt/segment'

/** What the learner edits: the header and payload as JSON text, and the token's own signature. */
export interface TokenDraft {
  headerText: string
  payloadText: string
  /** The base64url signature of the token the draft came from ('' for an unsecured one). */
  signature: string
}

/** A compact token as editable texts (pretty-printed JSON). */
export function draftFromToken(token: string): TokenDraft {
  const [header = '', payload = '', signature = ''] = token.trim().split('.')
  return { headerText: prettySegment(header), payloadText: prettySegment(payload), signature }
}

type JsonText = { ok: true; value: JsonObject } | JwtFailure

function jsonObjectOf(text: string, segment: 'header' | 'payload'): JsonText {
  const parsed = parseJson(text)
  if (!parsed.ok)
    return fail('ERR_SEGMENT_JSON', { segment, ...(parsed.at !== undefined && { at: parsed.at }) })
  if (!isJsonObject(parsed.value)) return fail('ERR_SEGMENT_NOT_OBJECT', { segment })
  return { ok: true, value: parsed.value }
}

/**
 * The header text with `members` set (a value of `undefined` removes the member). Existing members
 * keep their place; new ones are appended. Fails, changing nothing, when the header is not a JSON
 * object, so a typo is reported instead of being overwritten.
 *
 * @example setHeaderMembers('{"alg":"HS256"}', { kid: '../../dev/null' }) // => { ok: true, text: '{\n  "alg": "HS256",\n  "kid": "../../dev/null"\n}' }
 */
export function setHeaderMembers(
  headerText: string,
  members: Record<string, unknown>,
): { ok: true; text: string } | JwtFailure {
  const header = jsonObjectOf(headerText, 'header')
  if (!header.ok) return header
  const next: Record<string, unknown> = { ...header.value }
  for (const [name, value] of Object.entries(members)) {
    if (value === undefined) delete next[name]
    else next[name] = value
  }
  return { ok: true, text: JSON.stringify(next, null, 2) }
}

/**
 * `header.payload.signature` from the texts exactly as typed (both must be JSON objects) and a
 * signature given as base64url: the original one ("keep the signature"), '' (unsecured) or any
 * bytes the lab calls for.
 */
export function tokenWithSignature(
  draft: Pick<TokenDraft, 'headerText' | 'payloadText'>,
  signature: string,
): { ok: true; token: string } | JwtFailure {
  const header = jsonObjectOf(draft.headerText, 'header')
  if (!header.ok) return header
  const payload = jsonObjectOf(draft.payloadText, 'payload')
  if (!payload.ok) return payload
  return {
    ok: true,
    token: `${encodeBase64url(draft.headerText)}.${encodeBase64url(draft.payloadText)}.${signature}`,
  }
}

/** An ES256 signature whose r and s are both zero (64 zero bytes, IEEE P1363 form). */
export const ZERO_ES256_SIGNATURE = encodeBase64url(new Uint8Array(64))

/** The hashcat command that does what the browser cracker does (mode 16500: JWT). */
export const HASHCAT_COMMAND = 'hashcat -m 16500 -a 0 jwt.txt wordlist.txt'

/** What the lab server's answer to `GET /api/labs/<slug>/admin` means for the learner. */
export type LabOutcome =
  | { kind: 'solved'; flag: string }
  | { kind: 'refused'; code?: string }
  | { kind: 'notAdmin'; code?: string }
  | { kind: 'expired'; code?: string }
  | { kind: 'rateLimited'; retryAfter?: number }
  | { kind: 'badRequest'; code?: string }
  | { kind: 'unexpected'; status: number }

/** Refusal codes that mean the lab instance is gone (start again), not that the forgery failed. */
const INSTANCE_GONE = new Set(['LAB_INSTANCE_UNKNOWN', 'LAB_INSTANCE_EXPIRED', 'LAB_TOKEN_EXPIRED'])

export function isInstanceGone(code: string | undefined): boolean {
  return code !== undefined && INSTANCE_GONE.has(code)
}

/** What the workbench offers for a lab beyond decode, edit and sign. */
export type LabTool = 'cracker' | 'publicPem'

/** The extra tools of a lab: the cracker for the weak secret, the served PEM for the confusion. */
export function labTools(slug: string): LabTool[] {
  if (slug === 'weak-secret') return ['cracker']
  if (slug === 'algorithm-confusion') return ['publicPem']
  return []
}

/**
 * Reads the lab server's answer (the contract of issue 12): 200 with `solved` → the flag; 401
 * with a `code` → refused; 403 → accepted but not admin; 429 → rate limited; an unknown or
 * expired instance (lib/labs/codes.ts) → start again; any other 4xx → a bad request.
 */
export function labOutcome(status: number, body: unknown, retryAfter?: string | null): LabOutcome {
  const object = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
  const code = typeof object.code === 'string' ? object.code : undefined
  if (status === 200 && object.solved === true)
    return { kind: 'solved', flag: typeof object.flag === 'string' ? object.flag : '' }
  if (status === 429) {
    const seconds = Number(retryAfter)
    return Number.isFinite(seconds) && seconds > 0
      ? { kind: 'rateLimited', retryAfter: seconds }
      : { kind: 'rateLimited' }
  }
  if (isInstanceGone(code)) return { kind: 'expired', code }
  if (status === 401) return { kind: 'refused', code }
  if (status === 403) return { kind: 'notAdmin', code }
  if (status >= 400 && status < 500) return { kind: 'badRequest', code }
  return { kind: 'unexpected', status }
}
