/**
 * @module playground-state — the playground's whole state as one reducer over edit-state's pure
 * transitions: what the learner typed (saved per tab), which token they picked, the last signing
 * outcome, the generated keys and the fixed clock. Everything else the page shows is derived from
 * this during render, so nothing here can go stale.
 */
import { isSupportedAlgorithm } from '@/lib/jwt/algorithms'
import type { JwtFailure, JwtWarning } from '@/lib/jwt/errors'
import {
  backToPasted,
  decodeCurrent,
  editJson,
  pickAlgorithm,
  startEditing,
  typeInput,
  type DecodedTexts,
} from './edit-state'
import { INITIAL_JWE, jweReducer, type JweAction, type JweState } from './jwe-state'
import type { SavedState } from './storage'

/** A key made with "Generate", shown as PEM and JWK beside the fields it filled. */
export type Generated =
  | { kind: 'secret'; bytes: number; base64url: string; hex: string; jwk: string }
  | {
      kind: 'pair'
      alg: string
      publicPem: string
      privatePem: string
      publicJwk: string
      privateJwk: string
    }

export interface PlaygroundState {
  saved: SavedState
  /** Which of several tokens in the input the learner chose; null follows the finder's guess. */
  picked: number | null
  /** Why the input holds what it holds, when the page put it there (a shared link). */
  notice: 'restored' | null
  /** The token `alg` the picker last followed; a different one arriving moves the picker. */
  syncedAlg: string | undefined
  signing: { error: JwtFailure | null; warnings: JwtWarning[] }
  generated: Generated | null
  /** The "now" the learner fixed to read the token at, or null for the real clock. */
  fixedNow: number | null
  /** Decrypting the JWE on screen and the encrypt form (jwe-state.ts); never saved. */
  jwe: JweState
}

/** The key and secret fields, one object: what the key panel edits. */
export type KeyFields = Pick<
  SavedState,
  'secret' | 'secretEncoding' | 'publicKey' | 'publicFormat' | 'privateKey'
>

/**
 * How much a reset forgets besides the saved state it installs: `token` the pick, notice and
 * signing outcome (a new input); `example` also the generated keys; `all` also the fixed clock.
 */
export type ResetScope = 'token' | 'example' | 'all'

export type PlaygroundAction =
  /** `notice`: why the page put this input there (a shared link); a learner's reset has none. */
  | { type: 'reset'; saved: SavedState; scope: ResetScope; notice?: 'restored' }
  | { type: 'input'; value: string }
  | { type: 'pick-token'; index: number | null }
  /** `decoded`: the token as decoded on screen, which editing starts from. */
  | { type: 'start-editing'; decoded: DecodedTexts }
  | { type: 'edit-json'; patch: { headerText?: string; payloadText?: string } }
  | { type: 'decode-current' }
  | { type: 'back-to-pasted' }
  /** `tokenAlg`: the token's `alg` on screen, so the picker does not then snap back to it. */
  | { type: 'pick-algorithm'; alg: string; tokenAlg: string | undefined }
  | { type: 'token-algorithm'; tokenAlg: string | undefined }
  /** A key field or the "allow none" box, as typed: nothing else follows from it. */
  | { type: 'set'; patch: Partial<KeyFields & Pick<SavedState, 'allowNone'>> }
  | {
      type: 'signed'
      /** The token to show, in edit mode only; absent when signing failed outright. */
      token?: string
      error: JwtFailure | null
      /** Absent: the last warnings stand (signing crashed before it could say). */
      warnings?: JwtWarning[]
    }
  | { type: 'generated'; generated: Generated; patch: Partial<KeyFields> }
  | { type: 'fix-now'; now: number | null }
  | JweAction
  /** "Decrypt it here": the token the encrypt form made becomes the input, with its key. */
  | {
      type: 'jwe-open'
      token: string
      decryptKey: string
      decryptEncoding: JweState['decryptEncoding']
    }

const NO_SIGNING: PlaygroundState['signing'] = { error: null, warnings: [] }

/**
 * A fresh page: the given saved state, nothing picked, signed or generated.
 *
 * @example
 * initialPlaygroundState(initialState(example)).picked // => null
 */
export function initialPlaygroundState(saved: SavedState): PlaygroundState {
  return { ...BLANK, saved }
}

const BLANK: Omit<PlaygroundState, 'saved'> = {
  picked: null,
  notice: null,
  syncedAlg: undefined,
  signing: NO_SIGNING,
  generated: null,
  fixedNow: null,
  jwe: INITIAL_JWE,
}

/**
 * The picker follows the token's `alg` when a new one arrives; a different choice afterwards
 * stays, so a learner sees the allow-list refuse it. Returns the same object when nothing moves,
 * so the page can apply it during render (no frame shows the old algorithm) and commit it later.
 *
 * @example
 * followTokenAlgorithm(state, 'RS256').saved.alg // => 'RS256'
 */
export function followTokenAlgorithm(
  state: PlaygroundState,
  tokenAlg: string | undefined,
): PlaygroundState {
  if (tokenAlg === state.syncedAlg) return state
  // The picker offers Ed25519 and its legacy name EdDSA each as itself.
  const saved =
    tokenAlg && isSupportedAlgorithm(tokenAlg) ? { ...state.saved, alg: tokenAlg } : state.saved
  return { ...state, syncedAlg: tokenAlg, saved }
}

/** One reset: installs `saved` and forgets what `scope` says (see {@link ResetScope}). */
export function reset(
  state: PlaygroundState,
  saved: SavedState,
  scope: ResetScope,
  notice: 'restored' | null = null,
): PlaygroundState {
  return {
    ...state,
    saved,
    picked: null,
    notice,
    signing: NO_SIGNING,
    generated: scope === 'token' ? state.generated : null,
    fixedNow: scope === 'all' ? null : state.fixedNow,
    // Clearing everything forgets the JWE keys too; a new token keeps them (to decrypt it).
    jwe: scope === 'all' ? INITIAL_JWE : state.jwe,
  }
}

const withSaved = (state: PlaygroundState, saved: SavedState): PlaygroundState =>
  saved === state.saved ? state : { ...state, saved }

export function playgroundReducer(
  state: PlaygroundState,
  action: PlaygroundAction,
): PlaygroundState {
  switch (action.type) {
    case 'reset':
      return reset(state, action.saved, action.scope, action.notice)
    case 'input':
      return reset(state, typeInput(state.saved, action.value), 'token')
    case 'pick-token':
      return { ...state, picked: action.index }
    case 'start-editing':
      return withSaved(state, startEditing(state.saved, {}, action.decoded))
    case 'edit-json':
      return withSaved(state, editJson(state.saved, action.patch))
    case 'decode-current':
      return { ...state, saved: decodeCurrent(state.saved), signing: NO_SIGNING }
    case 'back-to-pasted':
      return { ...state, saved: backToPasted(state.saved), signing: NO_SIGNING }
    case 'pick-algorithm':
      return {
        ...state,
        saved: pickAlgorithm(state.saved, action.alg),
        syncedAlg: action.tokenAlg,
      }
    case 'token-algorithm':
      return followTokenAlgorithm(state, action.tokenAlg)
    case 'set':
      return { ...state, saved: { ...state.saved, ...action.patch } }
    case 'signed': {
      // A result that arrives after the learner left edit mode must not overwrite their input.
      const { token } = action
      const saved =
        token !== undefined && state.saved.mode === 'encode'
          ? { ...state.saved, input: token }
          : state.saved
      const warnings = action.warnings ?? state.signing.warnings
      return { ...state, saved, signing: { error: action.error, warnings } }
    }
    case 'generated':
      return { ...state, saved: { ...state.saved, ...action.patch }, generated: action.generated }
    case 'fix-now':
      return { ...state, fixedNow: action.now }
    case 'jwe-set':
    case 'jwe-encrypted':
    case 'jwe-generated':
      return { ...state, jwe: jweReducer(state.jwe, action) }
    case 'jwe-open': {
      const { token, decryptKey, decryptEncoding } = action
      const opened = reset(state, typeInput(state.saved, token), 'token')
      return { ...opened, jwe: { ...state.jwe, decryptKey, decryptEncoding } }
    }
  }
}
