/**
 * @module storage — keeps what the learner typed in this tab's sessionStorage, so a reload or a
 * language switch loses nothing. sessionStorage is per tab and erased when the tab closes;
 * nothing is written to localStorage and nothing is sent anywhere.
 */

import type { PublicFormat, SecretEncoding } from '@/lib/jwt/vocabulary'

export const STORAGE_KEY = 'jwt-playground:v1'

/** Everything the learner typed or chose. */
export interface SavedState {
  input: string
  mode: 'decode' | 'encode'
  headerText: string
  payloadText: string
  /** The pasted token kept while editing, for "Back to the pasted token". */
  pasted: string | null
  alg: string
  secret: string
  secretEncoding: SecretEncoding
  publicKey: string
  publicFormat: PublicFormat
  privateKey: string
  allowNone: boolean
  /** The share-link fragment already restored, so a reload keeps later edits. */
  consumedHash: string | null
}

const MODES = ['decode', 'encode'] as const
const ENCODINGS = ['utf8', 'base64url', 'hex'] as const
const FORMATS = ['auto', 'pem', 'jwk', 'jwks'] as const

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback
}

const str = (value: unknown, fallback = '') => (typeof value === 'string' ? value : fallback)

/**
 * Reads the saved state, repairing anything malformed field by field (a stale or edited entry
 * must never break the page).
 *
 * @example
 * parseSaved('{"input":"eyJ...","mode":"encode"}', defaults).mode // => 'encode'
 */
export function parseSaved(text: string | null, defaults: SavedState): SavedState {
  if (!text) return defaults
  let raw: Record<string, unknown>
  try {
    const parsed: unknown = JSON.parse(text)
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return defaults
    raw = parsed as Record<string, unknown>
  } catch {
    return defaults
  }
  return {
    input: str(raw.input, defaults.input),
    mode: pick(raw.mode, MODES, defaults.mode),
    headerText: str(raw.headerText, defaults.headerText),
    payloadText: str(raw.payloadText, defaults.payloadText),
    pasted: typeof raw.pasted === 'string' ? raw.pasted : null,
    alg: str(raw.alg, defaults.alg),
    secret: str(raw.secret, defaults.secret),
    secretEncoding: pick(raw.secretEncoding, ENCODINGS, defaults.secretEncoding),
    publicKey: str(raw.publicKey, defaults.publicKey),
    publicFormat: pick(raw.publicFormat, FORMATS, defaults.publicFormat),
    privateKey: str(raw.privateKey, defaults.privateKey),
    allowNone: raw.allowNone === true,
    consumedHash: typeof raw.consumedHash === 'string' ? raw.consumedHash : null,
  }
}

export function loadSaved(defaults: SavedState): SavedState {
  try {
    return parseSaved(window.sessionStorage.getItem(STORAGE_KEY), defaults)
  } catch {
    return defaults
  }
}

export function save(state: SavedState): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state))
  } catch {
    // Storage full or disabled (private mode): the page still works, a reload just forgets.
  }
}

export function clearSaved(): void {
  try {
    window.sessionStorage.removeItem(STORAGE_KEY)
  } catch {
    // Nothing to clear.
  }
}
