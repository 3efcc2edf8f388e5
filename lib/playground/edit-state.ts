/**
 * @module edit-state — how the playground's saved state changes when the learner types a token,
 * edits the JSON, goes back to the pasted token or picks an algorithm. Pure, so each move can be
 * tested without a browser; the component only applies them.
 */
import { setStringMember } from '@/lib/jwt/json-scan'
import type { SavedState } from './storage'

export const DEFAULT_HEADER = '{\n  "alg": "HS256",\n  "typ": "JWT"\n}'

/** A payload to start editing from when there is none: issued now, valid for an hour. */
export function defaultPayload(nowMs = Date.now()): string {
  const now = Math.floor(nowMs / 1000)
  return `{\n  "sub": "1234567890",\n  "name": "Ada Lovelace",\n  "iat": ${now},\n  "exp": ${now + 3600}\n}`
}

/**
 * The state of a fresh page: the example token and its (public, teaching) secret.
 *
 * @example
 * initialState({ token: 'eyJ...', secret: 's' }).mode // => 'decode'
 */
export function initialState(example: { token: string; secret: string }): SavedState {
  return {
    input: example.token,
    mode: 'decode',
    headerText: '',
    payloadText: '',
    pasted: null,
    alg: 'HS256',
    secret: example.secret,
    secretEncoding: 'utf8',
    publicKey: '',
    publicFormat: 'auto',
    privateKey: '',
    allowNone: false,
    consumedHash: null,
  }
}

/** The token as decoded right now, which editing starts from. */
export interface DecodedTexts {
  headerText: string
  payloadText: string
  tokenAlg: string | undefined
}

/**
 * Switches to edit mode (keeping the pasted token to go back to) or, already editing, applies
 * the edit. Missing JSON starts from a default header and payload.
 *
 * @example
 * startEditing(state, { payloadText: '{}' }, decoded).mode // => 'encode'
 */
export function startEditing(
  s: SavedState,
  patch: { headerText?: string; payloadText?: string },
  decoded: DecodedTexts,
): SavedState {
  if (s.mode === 'encode') return { ...s, ...patch }
  let header = patch.headerText ?? (decoded.headerText || DEFAULT_HEADER)
  // Signing with the algorithm the learner picked: say so in the header, where it belongs.
  if (patch.headerText === undefined && decoded.tokenAlg !== s.alg)
    header = setStringMember(header, 'alg', s.alg) ?? header
  return {
    ...s,
    mode: 'encode',
    // Back in edit mode after decoding a signed token: the token to go back to is still the
    // one pasted first.
    pasted: s.pasted ?? s.input,
    headerText: header,
    payloadText: patch.payloadText ?? (decoded.payloadText || defaultPayload()),
  }
}

/**
 * An edit typed into an editor: applied in edit mode, ignored while decoding, where the editors
 * only show the token (switching modes or re-signing is the reader's choice, never a keystroke's).
 */
export function editJson(s: SavedState, patch: { headerText?: string; payloadText?: string }) {
  return s.mode === 'encode' ? { ...s, ...patch } : s
}

/**
 * Leaves edit mode to decode and verify the token on screen, the one just signed; the pasted
 * token is kept for "Back to the pasted token".
 *
 * @example
 * decodeCurrent({ ...editing, input: 'signed' }).input // => 'signed'
 */
export function decodeCurrent(s: SavedState): SavedState {
  return { ...s, mode: 'decode' }
}

/** Leaves edit mode, restoring the token that was pasted before editing began. */
export function backToPasted(s: SavedState): SavedState {
  return { ...s, mode: 'decode', input: s.pasted ?? s.input, pasted: null }
}

/** A new input always decodes: whatever was being edited is replaced by what was typed. */
export function typeInput(s: SavedState, input: string): SavedState {
  return { ...s, input, mode: 'decode', pasted: null }
}

/** Picks the algorithm; while editing, the header's `alg` follows. */
export function pickAlgorithm(s: SavedState, alg: string): SavedState {
  if (s.mode !== 'encode') return { ...s, alg }
  return { ...s, alg, headerText: setStringMember(s.headerText, 'alg', alg) ?? s.headerText }
}
