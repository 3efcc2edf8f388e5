/**
 * @module The workbench's crypto half, on lib/jwt's jose-backed entry. Components load it with
 * `loadLabCrypto()` (import() on demand), so jose stays out of the lab page's first load.
 */
import {
  generateKeyPairFor,
  pemToJwk,
  publicJwkFromPrivate,
  signToken,
  type SignResult,
} from '@/lib/jwt/crypto'
import { fail, type JwtFailure } from '@/lib/jwt/errors'
import { isJsonObject, parseJson } from '@/lib/jwt/json'
import type { SecretEncoding } from '@/lib/jwt/vocabulary'
import type { JWK } from 'jose'
import type { TokenDraft } from './workbench'

type Texts = Pick<TokenDraft, 'headerText' | 'payloadText'>

/** `alg: none` in any spelling: header and payload, no signature. */
export function signUnsecured(draft: Texts): Promise<SignResult> {
  return signToken(draft.headerText, draft.payloadText, { allowUnsecured: true })
}

/** Signs with an HMAC secret given as text, hex or base64url (the header's `alg` decides). */
export function signWithSecret(
  draft: Texts,
  secret: string,
  encoding: SecretEncoding,
): Promise<SignResult> {
  return signToken(draft.headerText, draft.payloadText, {
    key: { kind: 'secret', value: secret, encoding },
  })
}

/** Signs with a private key pasted or generated as PEM or JWK. */
export function signWithKey(draft: Texts, privateKey: string): Promise<SignResult> {
  return signToken(draft.headerText, draft.payloadText, {
    key: { kind: 'auto', value: privateKey },
  })
}

/** A fresh key pair: the private key as PEM (to sign), the public one as JWK (to embed, publish). */
export async function generatePair(
  alg: string,
): Promise<{ ok: true; privateKey: string; publicJwk: JWK; kid: string } | JwtFailure> {
  const pair = await generateKeyPairFor(alg)
  if (!pair.ok) return pair
  return { ok: true, privateKey: pair.privatePem, publicJwk: pair.publicJwk, kid: pair.kid }
}

/** The public JWK of a pasted private key (PEM or JWK), to embed or publish. */
export async function publicJwkOf(
  privateKey: string,
): Promise<{ ok: true; jwk: JWK } | JwtFailure> {
  const text = privateKey.trim()
  if (text === '') return fail('ERR_KEY_MISSING')
  if (text.startsWith('{')) {
    const parsed = parseJson(text)
    if (!parsed.ok || !isJsonObject(parsed.value)) return fail('ERR_JWK_JSON')
    return publicJwkFromPrivate(parsed.value as JWK)
  }
  const converted = await pemToJwk(text)
  if (!converted.ok) return converted
  return publicJwkFromPrivate(converted.jwk)
}
