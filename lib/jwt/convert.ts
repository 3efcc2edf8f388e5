/** @module convert — PEM ⇄ JWK conversion for the key tools. */
import {
  exportJWK,
  exportPKCS8,
  exportSPKI,
  importJWK,
  importPKCS8,
  importSPKI,
  importX509,
  type JWK,
} from 'jose'
import { errorDetail, fail, type JwtFailure } from './errors'
import { isJsonObject } from './json'
import { isPrivateJwk, keyMaterial } from './jwk'
import { MAX_INPUT_LENGTH } from './limits'
import {
  derKeyKind,
  parsePem,
  pkcs1PrivateToPkcs8,
  pkcs1PublicToSpki,
  sec1ToPkcs8,
  toPem,
  type DerKeyKind,
} from './pem'

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

const PROBE_ALG: Record<Exclude<DerKeyKind, 'unknown'>, string> = {
  RSA: 'RS256',
  'RSA-PSS': 'PS256',
  'P-256': 'ES256',
  'P-384': 'ES384',
  'P-521': 'ES512',
  Ed25519: 'EdDSA',
}

/**
 * Reads any supported PEM (SPKI, PKCS#1 RSA public, X.509 certificate, PKCS#8, PKCS#1 RSA
 * private, SEC1 EC private) into a JWK, whatever algorithm it will later be used with.
 *
 * @example
 * await pemToJwk('-----BEGIN RSA PUBLIC KEY-----\nMIIBCgKCAQEA...\n-----END RSA PUBLIC KEY-----')
 * // => { ok: true, jwk: { kty: 'RSA', n: '...', e: 'AQAB' }, private: false, label: 'RSA PUBLIC KEY' }
 */
export async function pemToJwk(
  text: string,
): Promise<{ ok: true; jwk: JWK; private: boolean; label: string } | JwtFailure> {
  if (text.length > MAX_INPUT_LENGTH)
    return fail('ERR_INPUT_TOO_LARGE', { size: text.length, limit: MAX_INPUT_LENGTH })
  const block = parsePem(text)
  if (!block.ok) return block
  const { label } = block
  let der = block.der
  let kind: 'spki' | 'pkcs8' | 'x509'
  switch (label) {
    case 'PUBLIC KEY':
      kind = 'spki'
      break
    case 'RSA PUBLIC KEY':
      kind = 'spki'
      der = pkcs1PublicToSpki(der)
      break
    case 'CERTIFICATE':
      kind = 'x509'
      break
    case 'PRIVATE KEY':
      kind = 'pkcs8'
      break
    case 'RSA PRIVATE KEY':
      kind = 'pkcs8'
      der = pkcs1PrivateToPkcs8(der)
      break
    case 'EC PRIVATE KEY': {
      const wrapped = sec1ToPkcs8(der)
      if (!wrapped) return fail('ERR_PEM_UNSUPPORTED', { label, reason: 'curve' })
      kind = 'pkcs8'
      der = wrapped
      break
    }
    default:
      return fail('ERR_PEM_UNSUPPORTED', { label })
  }
  const keyKind = derKeyKind(der)
  if (keyKind === 'unknown') return fail('ERR_PEM_UNSUPPORTED', { label, reason: 'algorithm' })
  const probe = PROBE_ALG[keyKind]
  try {
    const options = { extractable: true }
    const key =
      kind === 'spki'
        ? await importSPKI(toPem('PUBLIC KEY', der), probe, options)
        : kind === 'x509'
          ? await importX509(toPem('CERTIFICATE', der), probe, options)
          : await importPKCS8(toPem('PRIVATE KEY', der), probe, options)
    const jwk = await exportJWK(key)
    return { ok: true, jwk, private: kind === 'pkcs8', label }
  } catch (error) {
    return fail('ERR_PEM_MALFORMED', { label, reason: 'der', detail: errorDetail(error) })
  }
}
