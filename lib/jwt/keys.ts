/** @module keys — turns what the user pasted (secret, PEM, JWK, JWKS) into a usable key. */
import { importJWK, type JWK } from 'jose'
import { algorithmInfo, type JwsAlgorithm } from './algorithms'
import { decodeBase64url } from './base64url'
import { fromHex } from './hex'
import { errorDetail, fail, type JwtFailure, type JwtWarning } from './errors'
import { isJsonObject, parseJson } from './json'
import { checkJwkForAlgorithm, isPrivateJwk, keyMaterial, publicJwkFromPrivate } from './jwk'
import { MAX_INPUT_LENGTH } from './limits'
import { pemToJwk } from './convert'
import { secretWarnings } from './warnings'
import type { KeyKind, SecretEncoding } from './vocabulary'

export type { SecretEncoding, KeyKind } from './vocabulary'

/** A key as the user gave it. `auto` detects PEM, JWK and JWKS; anything else is a UTF-8 secret. */
export type KeyInput =
  | { kind: 'secret'; value: string; encoding?: SecretEncoding }
  | { kind: 'pem'; value: string }
  | { kind: 'jwk'; value: string | JWK }
  | { kind: 'jwks'; value: string | { keys: JWK[] } }
  | { kind: 'auto'; value: string }

/**
 * `enforce`: an HMAC key shorter than the hash output is an error (RFC 7518 §3.2).
 * `warn`: it is used, with `WARN_HMAC_SECRET_SHORT`. Default: `warn` for a typed secret (a
 * learner's passphrase), `enforce` for a JWK or JWKS (declared key material).
 */
export type HmacKeyPolicy = 'enforce' | 'warn'

/** A key ready for jose or WebCrypto. */
export interface ResolvedKey {
  ok: true
  key: CryptoKey | Uint8Array
  source: KeyKind
  /** The JWK used (public for verification), when the key came from or became one. */
  jwk?: JWK
  kid?: string
  warnings: JwtWarning[]
}

function isBlank(input: KeyInput | undefined): boolean {
  if (!input) return true
  return typeof input.value === 'string' ? input.value.trim() === '' : input.value == null
}

/**
 * Guesses what a pasted key text is.
 *
 * @example
 * detectKeyKind('-----BEGIN PUBLIC KEY-----...') // => 'pem'
 * detectKeyKind('{"keys":[...]}') // => 'jwks'
 * detectKeyKind('my secret') // => 'secret'
 */
export function detectKeyKind(text: string): KeyKind {
  const trimmed = text.trim()
  if (trimmed.includes('-----BEGIN ')) return 'pem'
  if (/^MI[A-Za-z0-9+/\s]{40,}={0,2}$/.test(trimmed)) return 'pem'
  if (trimmed.startsWith('{')) return /"keys"\s*:/.test(trimmed) ? 'jwks' : 'jwk'
  return 'secret'
}

/**
 * Decodes an HMAC secret written as UTF-8, base64url or hex.
 *
 * @example
 * secretBytes('deadbeef', 'hex') // => { ok: true, bytes: Uint8Array [222, 173, 190, 239] }
 */
export function secretBytes(
  value: string,
  encoding: SecretEncoding = 'utf8',
): { ok: true; bytes: Uint8Array } | JwtFailure {
  if (encoding === 'utf8') return { ok: true, bytes: new TextEncoder().encode(value) }
  if (encoding === 'hex') {
    const bytes = fromHex(value.trim())
    return bytes ? { ok: true, bytes } : fail('ERR_SECRET_ENCODING', { reason: 'hex' })
  }
  const decoded = decodeBase64url(value.trim())
  if (decoded.ok) return { ok: true, bytes: decoded.bytes }
  return fail('ERR_SECRET_ENCODING', {
    reason: 'base64url',
    at: decoded.at,
    ...(decoded.hint && { hint: decoded.hint }),
  })
}

/** Why an HMAC key of this length cannot be used under `policy`, or null when it can. */
function hmacLengthProblem(
  bytes: Uint8Array,
  alg: JwsAlgorithm,
  policy: HmacKeyPolicy,
): JwtFailure | null {
  const info = algorithmInfo(alg)!
  if (bytes.length === 0) return fail('ERR_HMAC_KEY_EMPTY', { alg })
  if (bytes.length < info.hashBytes && policy === 'enforce')
    return fail('ERR_HMAC_KEY_TOO_SHORT', { alg, size: bytes.length, limit: info.hashBytes })
  return null
}

function parseJsonValue(value: string | object, code: 'ERR_JWK_JSON' | 'ERR_JWKS_INVALID') {
  if (typeof value !== 'string') return { ok: true as const, value: value as unknown }
  if (value.length > MAX_INPUT_LENGTH)
    return fail('ERR_INPUT_TOO_LARGE', { size: value.length, limit: MAX_INPUT_LENGTH })
  const parsed = parseJson(value)
  if (!parsed.ok)
    return fail(code, { reason: 'json', ...(parsed.at !== undefined && { at: parsed.at }) })
  return { ok: true as const, value: parsed.value }
}

async function importChecked(
  jwk: JWK,
  alg: JwsAlgorithm,
  operation: 'sign' | 'verify',
): Promise<{ ok: true; key: CryptoKey | Uint8Array } | JwtFailure> {
  const problem = checkJwkForAlgorithm(jwk, alg, operation)
  if (problem) return problem
  try {
    // Our own checks above replace the JWK's alg/use/key_ops; jose only needs the material.
    return { ok: true, key: await importJWK(keyMaterial(jwk), alg) }
  } catch (error) {
    return fail('ERR_JWK_INVALID', { reason: 'import', detail: errorDetail(error) })
  }
}

async function fromJwkForVerify(
  raw: unknown,
  alg: JwsAlgorithm,
  source: 'jwk' | 'jwks',
  policy: HmacKeyPolicy,
): Promise<ResolvedKey | JwtFailure> {
  if (!isJsonObject(raw) || typeof raw.kty !== 'string')
    return fail('ERR_JWK_INVALID', { reason: 'kty' })
  let jwk = raw as JWK
  const warnings: JwtWarning[] = []
  if (jwk.kty === 'oct') {
    const info = algorithmInfo(alg)!
    if (info.kty !== 'oct')
      return fail('ERR_KEY_TYPE_MISMATCH', { alg, expected: info.kty, actual: 'oct' })
    const k = typeof jwk.k === 'string' ? decodeBase64url(jwk.k) : undefined
    if (!k?.ok) return fail('ERR_JWK_INVALID', { reason: 'k' })
    const problem = checkJwkForAlgorithm(jwk, alg, 'verify')
    if (problem) return problem
    const tooShort = hmacLengthProblem(k.bytes, alg, policy)
    if (tooShort) return tooShort
    if (k.bytes.length < info.hashBytes)
      warnings.push({
        code: 'WARN_HMAC_SECRET_SHORT',
        alg,
        size: k.bytes.length,
        limit: info.hashBytes,
      })
    return { ok: true, key: k.bytes, source, jwk, ...(jwk.kid && { kid: jwk.kid }), warnings }
  }
  if (isPrivateJwk(jwk)) {
    const pub = publicJwkFromPrivate(jwk)
    if (!pub.ok) return pub
    jwk = pub.jwk
    warnings.push({ code: 'WARN_PRIVATE_KEY_FOR_VERIFY' })
  }
  const imported = await importChecked(jwk, alg, 'verify')
  if (!imported.ok) return imported
  return { ok: true, key: imported.key, source, jwk, ...(jwk.kid && { kid: jwk.kid }), warnings }
}

function selectFromJwks(
  set: unknown,
  alg: JwsAlgorithm,
  kid: string | undefined,
): { ok: true; jwk: JWK } | JwtFailure {
  if (!isJsonObject(set) || !Array.isArray(set.keys))
    return fail('ERR_JWKS_INVALID', { reason: 'keys' })
  const keys = set.keys.filter(isJsonObject) as JWK[]
  if (keys.length !== set.keys.length) return fail('ERR_JWKS_INVALID', { reason: 'keys' })
  const symmetric = keys.some((k) => k.kty === 'oct')
  const asymmetric = keys.filter((k) => k.kty !== 'oct')
  const privateCount = asymmetric.filter(isPrivateJwk).length
  if (
    (symmetric && asymmetric.length > 0) ||
    (privateCount > 0 && privateCount < asymmetric.length)
  )
    return fail('ERR_JWKS_MIXED', {
      reason: symmetric && asymmetric.length > 0 ? 'symmetric' : 'private',
    })
  const info = algorithmInfo(alg)!
  const candidates =
    kid !== undefined
      ? keys.filter((k) => k.kid === kid)
      : keys.filter(
          (k) =>
            k.kty === info.kty &&
            (!info.crv || k.crv === info.crv) &&
            (k.alg === undefined || k.alg === alg) &&
            (k.use === undefined || k.use === 'sig'),
        )
  if (candidates.length === 0)
    return fail('ERR_JWKS_NO_MATCH', { alg, count: keys.length, ...(kid !== undefined && { kid }) })
  if (candidates.length > 1)
    return fail('ERR_JWKS_MULTIPLE_MATCHES', {
      alg,
      count: candidates.length,
      ...(kid !== undefined && { kid }),
    })
  return { ok: true, jwk: candidates[0]! }
}

/** Options for {@link resolveVerificationKey}. */
export interface ResolveOptions {
  /** The token's `kid`, used to choose a key from a JWKS. */
  kid?: string
  hmacKeyPolicy?: HmacKeyPolicy
}

/**
 * Resolves the key to verify a token signed with `alg` (already checked against the
 * allow-list). A secret only fits HS*, a PEM/JWK only its own key type; a JWKS is searched by
 * `kid` (or by algorithm when the token has none) and must give exactly one key. A private
 * key is reduced to its public half, with `WARN_PRIVATE_KEY_FOR_VERIFY`.
 *
 * @example
 * await resolveVerificationKey({ kind: 'secret', value: 'secret' }, 'HS256')
 * // => { ok: true, key: Uint8Array, source: 'secret', warnings: [WARN_HMAC_SECRET_SHORT, WARN_HMAC_SECRET_COMMON] }
 */
export async function resolveVerificationKey(
  input: KeyInput,
  alg: JwsAlgorithm,
  options: ResolveOptions = {},
): Promise<ResolvedKey | JwtFailure> {
  if (isBlank(input)) return fail('ERR_KEY_MISSING')
  const info = algorithmInfo(alg)!
  const kind: KeyKind = input.kind === 'auto' ? detectKeyKind(input.value) : input.kind
  if (kind === 'secret') {
    const text = input.value as string
    if (info.kty !== 'oct') {
      return fail('ERR_KEY_TYPE_MISMATCH', { alg, expected: info.kty, actual: 'oct' })
    }
    const decoded = secretBytes(text, input.kind === 'secret' ? input.encoding : 'utf8')
    if (!decoded.ok) return decoded
    const tooShort = hmacLengthProblem(decoded.bytes, alg, options.hmacKeyPolicy ?? 'warn')
    if (tooShort) return tooShort
    return {
      ok: true,
      key: decoded.bytes,
      source: 'secret',
      warnings: secretWarnings(text, decoded.bytes, alg),
    }
  }
  if (kind === 'pem') {
    if (info.kty === 'oct')
      return fail('ERR_KEY_TYPE_MISMATCH', { alg, expected: 'oct', actual: 'pem' })
    const converted = await pemToJwk(input.value as string)
    if (!converted.ok) return converted
    const resolved = await fromJwkForVerify(converted.jwk, alg, 'jwk', 'enforce')
    if (!resolved.ok) return resolved
    return { ...resolved, source: 'pem' }
  }
  const parsed = parseJsonValue(input.value, kind === 'jwk' ? 'ERR_JWK_JSON' : 'ERR_JWKS_INVALID')
  if (!parsed.ok) return parsed
  const policy = options.hmacKeyPolicy ?? 'enforce'
  if (kind === 'jwk') return fromJwkForVerify(parsed.value, alg, 'jwk', policy)
  const chosen = selectFromJwks(parsed.value, alg, options.kid)
  if (!chosen.ok) return chosen
  return fromJwkForVerify(chosen.jwk, alg, 'jwks', policy)
}

/**
 * Resolves a private key or secret to sign with `alg`: a secret (HS*), a private PEM
 * (PKCS#8, PKCS#1, SEC1) or a private JWK. A public key gets `ERR_KEY_PRIVATE_REQUIRED`.
 *
 * @example
 * await resolveSigningKey({ kind: 'pem', value: pkcs8Pem }, 'ES256') // => { ok: true, key: CryptoKey, ... }
 */
export async function resolveSigningKey(
  input: KeyInput,
  alg: JwsAlgorithm,
): Promise<ResolvedKey | JwtFailure> {
  if (isBlank(input)) return fail('ERR_KEY_MISSING')
  const info = algorithmInfo(alg)!
  const kind: KeyKind = input.kind === 'auto' ? detectKeyKind(input.value) : input.kind
  if (kind === 'jwks') return fail('ERR_KEY_FORMAT', { reason: 'jwks' })
  if (kind === 'secret') {
    if (info.kty !== 'oct')
      return fail('ERR_KEY_TYPE_MISMATCH', { alg, expected: info.kty, actual: 'oct' })
    const text = input.value as string
    const decoded = secretBytes(text, input.kind === 'secret' ? input.encoding : 'utf8')
    if (!decoded.ok) return decoded
    if (decoded.bytes.length === 0) return fail('ERR_HMAC_KEY_EMPTY', { alg })
    return {
      ok: true,
      key: decoded.bytes,
      source: 'secret',
      warnings: secretWarnings(text, decoded.bytes, alg),
    }
  }
  let jwk: JWK
  if (kind === 'pem') {
    const converted = await pemToJwk(input.value as string)
    if (!converted.ok) return converted
    if (!converted.private) return fail('ERR_KEY_PRIVATE_REQUIRED', { label: converted.label })
    jwk = converted.jwk
  } else {
    const parsed = parseJsonValue(input.value, 'ERR_JWK_JSON')
    if (!parsed.ok) return parsed
    if (!isJsonObject(parsed.value) || typeof parsed.value.kty !== 'string')
      return fail('ERR_JWK_INVALID', { reason: 'kty' })
    jwk = parsed.value as JWK
    if (!isPrivateJwk(jwk)) return fail('ERR_KEY_PRIVATE_REQUIRED')
    if (jwk.kty === 'oct') {
      const problem = checkJwkForAlgorithm(jwk, alg, 'sign')
      if (problem) return problem
      const k = decodeBase64url(jwk.k as string)
      if (!k.ok) return fail('ERR_JWK_INVALID', { reason: 'k' })
      if (k.bytes.length === 0) return fail('ERR_HMAC_KEY_EMPTY', { alg })
      return {
        ok: true,
        key: k.bytes,
        source: 'jwk',
        jwk,
        warnings: secretWarnings('', k.bytes, alg),
      }
    }
  }
  const imported = await importChecked(jwk, alg, 'sign')
  if (!imported.ok) return imported
  return {
    ok: true,
    key: imported.key,
    source: kind,
    jwk,
    ...(jwk.kid && { kid: jwk.kid }),
    warnings: [],
  }
}
