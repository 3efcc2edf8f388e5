/**
 * @module jwe-keys — turns the key a learner gave into one jose can decrypt or encrypt a JWE
 * with, and says precisely why not: a secret for `dir`/KW/GCMKW (text, hex or base64url, or an
 * `oct` JWK) of exactly the size the algorithm needs, an RSA or EC/X25519 key as PEM or JWK, a
 * password for PBES2.
 */
import { exportJWK, importJWK, importPKCS8, importSPKI, type JWK } from 'jose'
import { decodeBase64url } from './base64url'
import { pemToJwk } from './convert'
import { errorDetail, fail, type JwtFailure } from './errors'
import { isJsonObject, parseJson } from './json'
import { isPrivateJwk, keyMaterial, publicJwkFromPrivate } from './jwk'
import { jweKeyKind, secretBytesFor, type JweAlgorithm, type JweEncryption } from './jwe-algorithms'
import { detectKeyKind, secretBytes } from './keys'
import { MAX_INPUT_LENGTH } from './limits'
import { parsePem } from './pem'
import type { SecretEncoding } from './vocabulary'

/** A JWE key as typed: `text` is a secret, a password, or a PEM/JWK, as the `alg` says. */
export interface JweKeyInput {
  text: string
  /** How a secret is written (ignored for passwords, PEM and JWK). Default `utf8`. */
  encoding?: SecretEncoding
}

/** A key ready for jose. `jwk` is the (public, for encryption) JWK when there is one. */
export interface ResolvedJweKey {
  ok: true
  key: CryptoKey | Uint8Array
  jwk?: JWK
}

/** Whether the key decrypts (a private key) or encrypts (a public key; a private one is reduced). */
export type JweKeyUse = 'decrypt' | 'encrypt'

const expectedKty = (alg: JweAlgorithm) => (jweKeyKind(alg) === 'rsa' ? 'RSA' : 'EC|OKP')

function secretFromJwk(text: string): { ok: true; bytes: Uint8Array } | JwtFailure | null {
  if (!text.trim().startsWith('{')) return null
  const parsed = parseJson(text)
  if (!parsed.ok || !isJsonObject(parsed.value)) return fail('ERR_JWK_JSON', { reason: 'json' })
  const jwk = parsed.value
  if (jwk.kty !== 'oct')
    return fail('ERR_JWE_KEY_TYPE', { expected: 'oct', actual: String(jwk.kty) })
  const k = typeof jwk.k === 'string' ? decodeBase64url(jwk.k) : undefined
  return k?.ok ? { ok: true, bytes: k.bytes } : fail('ERR_JWK_INVALID', { reason: 'k' })
}

function resolveSecret(
  input: JweKeyInput,
  alg: JweAlgorithm,
  enc: JweEncryption,
): ResolvedJweKey | JwtFailure {
  const bytes = secretFromJwk(input.text) ?? secretBytes(input.text, input.encoding ?? 'utf8')
  if (!bytes.ok) return bytes.code === 'ERR_JWE_KEY_TYPE' ? { ...bytes, alg } : bytes
  const expected = secretBytesFor(alg, enc)!
  if (bytes.bytes.length !== expected)
    return fail('ERR_JWE_KEY_SIZE', {
      alg: alg === 'dir' ? enc : alg,
      size: bytes.bytes.length,
      limit: expected,
    })
  return { ok: true, key: bytes.bytes }
}

async function jwkFromPem(text: string, alg: JweAlgorithm): Promise<JWK | JwtFailure> {
  const block = parsePem(text)
  if (!block.ok) return block
  // PKCS#8 and SPKI go straight to jose, which knows X25519; PKCS#1 and SEC1 are rewrapped first.
  if (block.label !== 'PRIVATE KEY' && block.label !== 'PUBLIC KEY') {
    const converted = await pemToJwk(text)
    return converted.ok ? converted.jwk : converted
  }
  // Imported with the algorithm asked for, else with the other family's, so that an EC key
  // given for RSA-OAEP is named as one rather than refused as unreadable.
  const probes = [alg, jweKeyKind(alg) === 'rsa' ? 'ECDH-ES' : 'RSA-OAEP-256']
  let lastError: unknown
  for (const probe of probes) {
    try {
      const options = { extractable: true }
      const key =
        block.label === 'PRIVATE KEY'
          ? await importPKCS8(text, probe, options)
          : await importSPKI(text, probe, options)
      return await exportJWK(key)
    } catch (error) {
      lastError = error
    }
  }
  return fail('ERR_JWE_KEY_TYPE', {
    alg,
    expected: expectedKty(alg),
    actual: block.label,
    reason: 'pem',
    detail: errorDetail(lastError),
  })
}

function kindProblem(jwk: JWK, alg: JweAlgorithm): JwtFailure | null {
  const ecdh = jweKeyKind(alg) === 'ecdh'
  const fits = ecdh
    ? (jwk.kty === 'EC' && ['P-256', 'P-384', 'P-521'].includes(String(jwk.crv))) ||
      (jwk.kty === 'OKP' && jwk.crv === 'X25519')
    : jwk.kty === 'RSA'
  if (fits) return null
  const actual = jwk.kty === 'EC' || jwk.kty === 'OKP' ? String(jwk.crv) : String(jwk.kty)
  return fail('ERR_JWE_KEY_TYPE', { alg, expected: expectedKty(alg), actual })
}

async function resolveAsymmetric(
  input: JweKeyInput,
  alg: JweAlgorithm,
  use: JweKeyUse,
): Promise<ResolvedJweKey | JwtFailure> {
  const kind = detectKeyKind(input.text)
  if (kind === 'secret' || kind === 'jwks')
    return fail('ERR_JWE_KEY_TYPE', {
      alg,
      expected: expectedKty(alg),
      actual: kind === 'secret' ? 'oct' : 'jwks',
    })
  let jwk: JWK
  if (kind === 'pem') {
    const read = await jwkFromPem(input.text, alg)
    if ('ok' in read && read.ok === false) return read
    jwk = read as JWK
  } else {
    const parsed = parseJson(input.text)
    if (!parsed.ok) return fail('ERR_JWK_JSON', { reason: 'json' })
    if (!isJsonObject(parsed.value) || typeof parsed.value.kty !== 'string')
      return fail('ERR_JWK_INVALID', { reason: 'kty' })
    jwk = parsed.value as JWK
  }
  const problem = kindProblem(jwk, alg)
  if (problem) return problem
  if (use === 'decrypt' && !isPrivateJwk(jwk)) return fail('ERR_KEY_PRIVATE_REQUIRED')
  if (use === 'encrypt' && isPrivateJwk(jwk)) {
    const pub = publicJwkFromPrivate(jwk)
    if (!pub.ok) return pub
    jwk = pub.jwk
  }
  try {
    const key = await importJWK(keyMaterial(jwk), alg)
    return { ok: true, key, jwk }
  } catch (error) {
    return fail('ERR_JWK_INVALID', { reason: 'import', detail: errorDetail(error) })
  }
}

/**
 * Resolves a JWE key for `alg`/`enc`. Codes: `ERR_KEY_MISSING`, `ERR_JWE_KEY_TYPE` (a
 * secret where RSA is needed, an RSA key for ECDH-ES...), `ERR_JWE_KEY_SIZE` (a secret of the
 * wrong length: `size` and `limit` in bytes), `ERR_KEY_PRIVATE_REQUIRED` (a public key to
 * decrypt), `ERR_SECRET_ENCODING`, and the PEM/JWK parsing codes.
 *
 * @example
 * await resolveJweKey({ text: 'GawgguFyGrWKav7AX4VKUg', encoding: 'base64url' }, 'A128KW', 'A128GCM', 'decrypt')
 * // => { ok: true, key: Uint8Array(16) }
 */
export async function resolveJweKey(
  input: JweKeyInput,
  alg: JweAlgorithm,
  enc: JweEncryption,
  use: JweKeyUse,
): Promise<ResolvedJweKey | JwtFailure> {
  if (typeof input?.text !== 'string' || input.text.trim() === '') return fail('ERR_KEY_MISSING')
  if (input.text.length > MAX_INPUT_LENGTH)
    return fail('ERR_INPUT_TOO_LARGE', { size: input.text.length, limit: MAX_INPUT_LENGTH })
  const kind = jweKeyKind(alg)
  if (kind === 'password') return { ok: true, key: new TextEncoder().encode(input.text) }
  if (kind === 'secret') return resolveSecret(input, alg, enc)
  return resolveAsymmetric(input, alg, use)
}
