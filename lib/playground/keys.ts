/**
 * @module keys — which of the typed keys verifies and which signs, for the algorithm picked.
 * HS* uses the shared secret both ways; the others verify with the public key and sign with the
 * private one. In edit mode a freshly generated private key also verifies, so a learner who has
 * only just made a key pair still sees a verdict.
 */
import type { KeyInput } from '@/lib/jwt/crypto'
import type { PublicFormat } from '@/lib/jwt/vocabulary'
import type { SavedState } from './storage'

export type PublicKind = Exclude<PublicFormat, 'auto'>

/**
 * What a pasted public key looks like, for the format picker's "auto". Unlike lib/jwt's
 * detectKeyKind it never answers `secret` (this field only holds public keys) and treats any
 * non-JSON text as PEM, so bare base64 DER gets PEM's error message.
 *
 * @example
 * detectPublicKind('{"keys":[]}') // => 'jwks'
 */
export function detectPublicKind(text: string): PublicKind {
  const trimmed = text.trim()
  if (trimmed.startsWith('{')) return /"keys"\s*:/.test(trimmed) ? 'jwks' : 'jwk'
  return 'pem'
}

export { allowListFor } from '@/lib/jwt/algorithms'

export type KeyFields = Pick<
  SavedState,
  'alg' | 'secret' | 'secretEncoding' | 'publicKey' | 'publicFormat' | 'privateKey'
>

export interface PlaygroundKeys {
  /** HS*: one shared secret. */
  hmac: boolean
  hasPublicKey: boolean
  verifyKey: KeyInput | undefined
  signKey: KeyInput | undefined
}

/**
 * The keys as lib/jwt takes them; an empty field is no key at all.
 *
 * @example
 * keysFor({ ...fields, alg: 'HS256', secret: 's' }, false).verifyKey
 * // => { kind: 'secret', value: 's', encoding: 'utf8' }
 */
export function keysFor(fields: KeyFields, editing: boolean): PlaygroundKeys {
  const hmac = fields.alg.startsWith('HS')
  const secretKey: KeyInput | undefined =
    fields.secret !== ''
      ? { kind: 'secret', value: fields.secret, encoding: fields.secretEncoding }
      : undefined
  const publicKey = fields.publicKey.trim()
    ? ({ kind: fields.publicFormat, value: fields.publicKey } as KeyInput)
    : undefined
  const privateKey: KeyInput | undefined = fields.privateKey.trim()
    ? { kind: 'auto', value: fields.privateKey }
    : undefined
  return {
    hmac,
    hasPublicKey: publicKey !== undefined,
    verifyKey: hmac ? secretKey : (publicKey ?? (editing ? privateKey : undefined)),
    signKey: hmac ? secretKey : privateKey,
  }
}
