/**
 * @module What the learner typed in a lab, kept per lab in this tab's sessionStorage, so a reload,
 * a language switch or a failed request loses nothing. Nothing goes to localStorage but the
 * solved list (progress.ts), and nothing is sent anywhere.
 */
import type { SecretEncoding } from '@/lib/jwt/vocabulary'

export const SIGN_MODES = ['keep', 'none', 'secret', 'key', 'zero'] as const
export type SignMode = (typeof SIGN_MODES)[number]
export const KEY_ALGS = ['ES256', 'RS256', 'EdDSA'] as const
export type KeyAlg = (typeof KEY_ALGS)[number]
const ENCODINGS: readonly SecretEncoding[] = ['utf8', 'hex', 'base64url']

export interface LabDraft {
  /** The token the lab issued (the start of every forgery). */
  issued: string
  headerText: string
  payloadText: string
  signature: string
  mode: SignMode
  secret: string
  encoding: SecretEncoding
  keyAlg: KeyAlg
  /** The signing key: generated or pasted, PEM or JWK. */
  privateKey: string
  /** The public JWK matching `privateKey`, when generated here. */
  publicJwk: string
  /** The last token signed here: what "Send" sends. */
  forged: string
}

export const EMPTY_DRAFT: LabDraft = {
  issued: '',
  headerText: '',
  payloadText: '',
  signature: '',
  mode: 'keep',
  secret: '',
  encoding: 'utf8',
  keyAlg: 'ES256',
  privateKey: '',
  publicJwk: '',
  forged: '',
}

export const draftKey = (slug: string) => `jwt-playground:lab:${slug}:v1`

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback
}

/** A stored draft, field by field: anything missing or of the wrong type takes its default. */
export function parseDraft(raw: string | null): LabDraft {
  if (!raw) return EMPTY_DRAFT
  let value: Record<string, unknown>
  try {
    const parsed: unknown = JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null) return EMPTY_DRAFT
    value = parsed as Record<string, unknown>
  } catch {
    return EMPTY_DRAFT
  }
  const str = (name: keyof LabDraft) =>
    typeof value[name] === 'string' ? (value[name] as string) : (EMPTY_DRAFT[name] as string)
  return {
    issued: str('issued'),
    headerText: str('headerText'),
    payloadText: str('payloadText'),
    signature: str('signature'),
    mode: pick(value.mode, SIGN_MODES, 'keep'),
    secret: str('secret'),
    encoding: pick(value.encoding, ENCODINGS, 'utf8'),
    keyAlg: pick(value.keyAlg, KEY_ALGS, 'ES256'),
    privateKey: str('privateKey'),
    publicJwk: str('publicJwk'),
    forged: str('forged'),
  }
}

export function loadDraft(slug: string): LabDraft {
  try {
    return parseDraft(window.sessionStorage.getItem(draftKey(slug)))
  } catch {
    return EMPTY_DRAFT
  }
}

export function saveDraft(slug: string, draft: LabDraft): void {
  try {
    window.sessionStorage.setItem(draftKey(slug), JSON.stringify(draft))
  } catch {
    // Storage refused (private mode, quota): the page keeps working and forgets on reload.
  }
}
