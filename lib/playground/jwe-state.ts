/**
 * @module jwe-state — the JWE part of the playground's state: the key that decrypts the token on
 * screen, and the encrypt form (source, alg, enc, curve, key, the token it made, the key it
 * generated). Kept in memory only: keys are never saved. playground-state.ts folds these
 * transitions into its reducer.
 */
import type { JwtFailure } from '@/lib/jwt/errors'
import type { EcdhCurve, JweAlgorithm, JweEncryption } from '@/lib/jwt/jwe-algorithms'
import type { SecretEncoding } from '@/lib/jwt/vocabulary'

/** A key made with "Generate" in the encrypt form (lib/jwt's GeneratedJweKey, without `ok`). */
export type GeneratedJwe =
  | { kind: 'secret'; bytes: number; base64url: string; hex: string; jwk: string }
  | { kind: 'password'; password: string }
  | { kind: 'pair'; publicPem: string; privatePem: string; publicJwk: string; privateJwk: string }

export interface JweFields {
  /** Decrypts the JWE on screen: a secret, a password, or a private PEM/JWK. */
  decryptKey: string
  decryptEncoding: SecretEncoding
  /** What the encrypt form encrypts: the payload on screen, or the signed token (nested). */
  source: 'payload' | 'jws'
  alg: JweAlgorithm
  enc: JweEncryption
  crv: EcdhCurve
  /** Encrypts: the same secret or password, or the recipient's public PEM/JWK. */
  encryptKey: string
  encryptEncoding: SecretEncoding
}

export interface JweState extends JweFields {
  /** The last token the encrypt form made, or why it could not. */
  encrypted: { token: string | null; error: JwtFailure | null }
  generated: GeneratedJwe | null
}

export type JweAction =
  | { type: 'jwe-set'; patch: Partial<JweFields> }
  | { type: 'jwe-encrypted'; token: string | null; error: JwtFailure | null }
  | { type: 'jwe-generated'; generated: GeneratedJwe; patch: Partial<JweFields> }

export const INITIAL_JWE: JweState = {
  decryptKey: '',
  decryptEncoding: 'base64url',
  source: 'payload',
  alg: 'dir',
  enc: 'A256GCM',
  crv: 'P-256',
  encryptKey: '',
  encryptEncoding: 'base64url',
  encrypted: { token: null, error: null },
  generated: null,
}

const NOTHING_MADE: JweState['encrypted'] = { token: null, error: null }

/**
 * The JWE transitions. Changing what the form encrypts with forgets the token it made, so a
 * token never shows beside settings that did not make it.
 *
 * @example
 * jweReducer(INITIAL_JWE, { type: 'jwe-set', patch: { alg: 'A128KW' } }).alg // => 'A128KW'
 */
export function jweReducer(state: JweState, action: JweAction): JweState {
  switch (action.type) {
    case 'jwe-set': {
      const formChanged = Object.keys(action.patch).some((k) => !k.startsWith('decrypt'))
      const keyKindChanged = 'alg' in action.patch || 'crv' in action.patch
      return {
        ...state,
        ...action.patch,
        ...(formChanged && { encrypted: NOTHING_MADE }),
        ...(keyKindChanged && action.patch.alg !== state.alg && { generated: null }),
      }
    }
    case 'jwe-encrypted':
      return { ...state, encrypted: { token: action.token, error: action.error } }
    case 'jwe-generated':
      return { ...state, ...action.patch, generated: action.generated, encrypted: NOTHING_MADE }
  }
}
