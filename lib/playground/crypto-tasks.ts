/**
 * @module crypto-tasks — lib/jwt's jose-backed half, plus what the playground does with it
 * (signing the edited JSON, generating keys) shaped as its reducer's actions. Loaded on demand
 * through crypto.ts, never in the first load: this code only ever runs once jose is there.
 */
import { encodeBase64url } from '@/lib/jwt/base64url'
import { findTokens } from '@/lib/jwt/find'
import { generateHmacSecret, generateKeyPairFor, signToken, type KeyInput } from '@/lib/jwt/crypto'
import type { JwtFailure } from '@/lib/jwt/errors'
import type { PlaygroundAction } from './playground-state'

export * from '@/lib/jwt/crypto'

type Signed = Extract<PlaygroundAction, { type: 'signed' }>
type Generated = Extract<PlaygroundAction, { type: 'generated' }>

/**
 * Signs the edited header and payload. Without a usable key the token still follows the JSON,
 * with the signature of the token pasted before editing (`pasted`, as typed), which then
 * honestly fails to verify.
 *
 * @example
 * (await signEdited('{"alg":"HS256"}', '{}', { kind: 'secret', value: 's' }, false, '')).token
 */
export async function signEdited(
  header: string,
  payload: string,
  key: KeyInput | null,
  allowUnsecured: boolean,
  pasted: string,
): Promise<Signed> {
  const result = await signToken(header, payload, { ...(key && { key }), allowUnsecured })
  if (result.ok) {
    const warnings = result.warnings.filter((w) => w.code === 'WARN_UNSECURED_TOKEN')
    return { type: 'signed', token: result.token, error: null, warnings }
  }
  const found = pasted ? findTokens(pasted) : undefined
  const oldSignature = found?.ok ? (found.best.token.split('.')[2] ?? '') : ''
  return {
    type: 'signed',
    token: `${encodeBase64url(header)}.${encodeBase64url(payload)}.${oldSignature}`,
    // No key is not an error here: the editor note already says signing needs one.
    error: result.code === 'ERR_KEY_MISSING' ? null : result,
    warnings: [],
  }
}

/**
 * A fresh secret for HS*, or a key pair for the others, filling the key fields and shown as PEM
 * and JWK.
 *
 * @example
 * ((await generateFor('HS256', true)) as { patch: { secretEncoding: string } }).patch.secretEncoding // => 'base64url'
 */
export async function generateFor(alg: string, hmac: boolean): Promise<Generated | JwtFailure> {
  if (hmac) {
    const secret = generateHmacSecret(alg)
    if (!secret.ok) return secret
    return {
      type: 'generated',
      patch: { secret: secret.base64url, secretEncoding: 'base64url' },
      generated: {
        kind: 'secret',
        bytes: secret.bytes.length,
        base64url: secret.base64url,
        hex: secret.hex,
        jwk: JSON.stringify(secret.jwk, null, 2),
      },
    }
  }
  const pair = await generateKeyPairFor(alg)
  if (!pair.ok) return pair
  return {
    type: 'generated',
    patch: { publicKey: pair.publicPem, publicFormat: 'auto', privateKey: pair.privatePem },
    generated: {
      kind: 'pair',
      alg: pair.alg,
      publicPem: pair.publicPem,
      privatePem: pair.privatePem,
      publicJwk: JSON.stringify(pair.publicJwk, null, 2),
      privateJwk: JSON.stringify(pair.privateJwk, null, 2),
    },
  }
}
