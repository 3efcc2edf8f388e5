/** @module convert — PEM ⇄ JWK conversion for the key tools. */
import { exportPKCS8, exportSPKI, importJWK, type JWK } from 'jose'
import { errorDetail, fail, type JwtFailure } from './errors'
import { isJsonObject } from './json'
import { isPrivateJwk, keyMaterial } from './jwk'

export { pemToJwk } from './keys'

const PROBE: Record<string, string> = {
  RSA: 'RS256',
  'P-256': 'ES256',
  'P-384': 'ES384',
  'P-521': 'ES512',
  Ed25519: 'EdDSA',
}

/**
 * Converts an asymmetric JWK to PEM: SPKI (`PUBLIC KEY`) for a public key, PKCS#8
 * (`PRIVATE KEY`) for a private one. Symmetric keys have no PEM form.
 *
 * @example
 * await jwkToPem({ kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' })
 * // => { ok: true, pem: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA11qY...\n-----END PUBLIC KEY-----\n', private: false }
 */
export async function jwkToPem(
  jwk: JWK,
): Promise<{ ok: true; pem: string; private: boolean } | JwtFailure> {
  if (!isJsonObject(jwk) || typeof jwk.kty !== 'string')
    return fail('ERR_JWK_INVALID', { reason: 'kty' })
  if (jwk.kty === 'oct')
    return fail('ERR_KEY_TYPE_MISMATCH', { expected: 'RSA|EC|OKP', actual: 'oct' })
  const probe = PROBE[jwk.kty === 'RSA' ? 'RSA' : String(jwk.crv)]
  if (!probe) return fail('ERR_JWK_INVALID', { reason: 'crv', actual: String(jwk.crv) })
  try {
    const key = await importJWK(keyMaterial(jwk), probe, { extractable: true })
    if (key instanceof Uint8Array) return fail('ERR_KEY_TYPE_MISMATCH', { actual: 'oct' })
    const priv = isPrivateJwk(jwk)
    return { ok: true, pem: priv ? await exportPKCS8(key) : await exportSPKI(key), private: priv }
  } catch (error) {
    return fail('ERR_JWK_INVALID', { reason: 'import', detail: errorDetail(error) })
  }
}
