/** @module sign — signs the header and payload text exactly as the user typed them. */
import {
  algorithmInfo,
  isNoneAlgorithm,
  isSupportedAlgorithm,
  type JwsAlgorithm,
} from './algorithms'
import { encodeBase64url } from './base64url'
import { errorDetail, fail, type JwtFailure, type JwtWarning } from './errors'
import { isJsonObject, parseJson, type JsonObject } from './json'
import { resolveSigningKey, type KeyInput } from './keys'
import { MAX_INPUT_LENGTH } from './limits'
import { tokenWarnings } from './warnings'

/** Options for {@link signToken}. */
export interface SignOptions {
  /** The key or secret; not needed for an unsecured token. */
  key?: KeyInput
  /** Must be true to produce an `alg: none` token; otherwise that header is refused. */
  allowUnsecured?: boolean
  /** Sign a payload that is not a JSON object (a plain JWS, as in RFC 7520). Default false. */
  allowNonJsonPayload?: boolean
}

/** A signed (or, when asked, unsecured) compact token. */
export interface SignSuccess {
  ok: true
  token: string
  alg: string
  /** True for `alg: none`: anyone can forge such a token. */
  unsecured: boolean
  header: JsonObject
  warnings: JwtWarning[]
}

/** The outcome of {@link signToken}. */
export type SignResult = SignSuccess | JwtFailure

function webCryptoParams(alg: JwsAlgorithm): AlgorithmIdentifier | RsaPssParams | EcdsaParams {
  const info = algorithmInfo(alg)!
  switch (info.family) {
    case 'HMAC':
      return { name: 'HMAC' }
    case 'RSA':
      return { name: 'RSASSA-PKCS1-v1_5' }
    case 'RSA-PSS':
      return { name: 'RSA-PSS', saltLength: info.hashBytes }
    case 'ECDSA':
      return { name: 'ECDSA', hash: info.hash }
    default:
      return { name: 'Ed25519' }
  }
}

async function signingKey(key: CryptoKey | Uint8Array, alg: JwsAlgorithm): Promise<CryptoKey> {
  if (!(key instanceof Uint8Array)) return key
  const { hash } = algorithmInfo(alg)!
  // A fresh Uint8Array from this realm: jsdom's own typed arrays are refused by WebCrypto.
  return crypto.subtle.importKey('raw', new Uint8Array(key), { name: 'HMAC', hash }, false, [
    'sign',
  ])
}

/**
 * Signs a token from header and payload JSON text. The text is validated (JSON; the header
 * an object with `alg`), then base64url-encoded byte for byte as typed, so key order,
 * spacing and line breaks are kept and the signature covers exactly what the user sees.
 * `alg: none` (any case) produces an unsecured token only with `allowUnsecured: true`.
 *
 * @example
 * await signToken('{"alg":"HS256","typ":"JWT"}', '{"sub":"42"}', {
 *   key: { kind: 'secret', value: 'a-string-secret-at-least-256-bits-long' },
 * })
 * // => { ok: true, token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiJ9.…', ... }
 */
export async function signToken(
  headerText: string,
  payloadText: string,
  options: SignOptions = {},
): Promise<SignResult> {
  try {
    return await signUnsafe(headerText, payloadText, options)
  } catch (error) {
    return fail('ERR_INTERNAL', { detail: errorDetail(error) })
  }
}

async function signUnsafe(
  headerText: string,
  payloadText: string,
  options: SignOptions,
): Promise<SignResult> {
  const size = headerText.length + payloadText.length
  if (size > MAX_INPUT_LENGTH) return fail('ERR_INPUT_TOO_LARGE', { size, limit: MAX_INPUT_LENGTH })
  const header = parseJson(headerText)
  if (!header.ok)
    return fail('ERR_SEGMENT_JSON', {
      segment: 'header',
      ...(header.at !== undefined && { at: header.at }),
    })
  if (!isJsonObject(header.value)) return fail('ERR_SEGMENT_NOT_OBJECT', { segment: 'header' })
  let claims: JsonObject | undefined
  if (!options.allowNonJsonPayload) {
    const payload = parseJson(payloadText)
    if (!payload.ok)
      return fail('ERR_SEGMENT_JSON', {
        segment: 'payload',
        ...(payload.at !== undefined && { at: payload.at }),
      })
    if (!isJsonObject(payload.value)) return fail('ERR_SEGMENT_NOT_OBJECT', { segment: 'payload' })
    claims = payload.value
  }
  const alg = header.value.alg
  if (typeof alg !== 'string' || alg === '') return fail('ERR_ALG_MISSING', { segment: 'header' })
  const signingInput = `${encodeBase64url(headerText)}.${encodeBase64url(payloadText)}`
  const warnings = tokenWarnings(header.value, claims)

  if (isNoneAlgorithm(alg)) {
    if (!options.allowUnsecured) return fail('ERR_ALG_NONE_NOT_REQUESTED', { alg })
    warnings.push({ code: 'WARN_UNSECURED_TOKEN', alg })
    return {
      ok: true,
      token: `${signingInput}.`,
      alg,
      unsecured: true,
      header: header.value,
      warnings,
    }
  }
  if (!isSupportedAlgorithm(alg)) return fail('ERR_ALG_UNSUPPORTED', { alg })
  if (!options.key) return fail('ERR_KEY_MISSING')
  const resolved = await resolveSigningKey(options.key, alg)
  if (!resolved.ok) return resolved
  warnings.push(...resolved.warnings)

  const key = await signingKey(resolved.key, alg)
  let signature: ArrayBuffer
  try {
    signature = await crypto.subtle.sign(
      webCryptoParams(alg),
      key,
      new TextEncoder().encode(signingInput),
    )
  } catch (error) {
    return fail('ERR_KEY_TYPE_MISMATCH', { alg, detail: errorDetail(error) })
  }
  const token = `${signingInput}.${encodeBase64url(new Uint8Array(signature))}`
  return { ok: true, token, alg, unsecured: false, header: header.value, warnings }
}
