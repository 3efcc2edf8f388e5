/**
 * @module encrypt — builds a compact JWE with jose from a plaintext (a payload, or a signed JWS
 * for a nested token) and the learner's key, for any `alg`/`enc` pair this playground decrypts.
 */
import { CompactEncrypt } from 'jose'
import { errorDetail, fail, type JwtFailure } from './errors'
import {
  DEFAULT_PBES2_COUNT,
  isJweAlgorithm,
  isJweEncryption,
  isRefusedJweAlgorithm,
  jweKeyKind,
  MAX_PBES2_COUNT,
} from './jwe-algorithms'
import { resolveJweKey, type JweKeyInput } from './jwe-keys'
import { MAX_INPUT_LENGTH } from './limits'

/** Options for {@link encryptJwe}. */
export interface EncryptOptions {
  alg: string
  enc: string
  key: JweKeyInput
  /** `JWT` for a nested token (a JWS inside). */
  cty?: string
  kid?: string
  /** PBES2 only; default {@link DEFAULT_PBES2_COUNT}, at most MAX_PBES2_COUNT. */
  p2c?: number
}

/** The outcome of {@link encryptJwe}. */
export type EncryptResult = { ok: true; token: string } | JwtFailure

/**
 * Encrypts `plaintext` (UTF-8) to a compact JWE. Codes: `ERR_JWE_ALG_REFUSED` (RSA1_5),
 * `ERR_ALG_UNSUPPORTED`, `ERR_JWE_ENC_UNSUPPORTED`, `ERR_JWE_P2C_TOO_LARGE`, the key codes of
 * resolveJweKey, `ERR_JWE_ENCRYPTION` when jose refuses.
 *
 * @example
 * await encryptJwe('{"sub":"42"}', { alg: 'dir', enc: 'A256GCM', key: { text: k, encoding: 'base64url' } })
 * // => { ok: true, token: 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..…' }
 */
export async function encryptJwe(
  plaintext: string,
  options: EncryptOptions,
): Promise<EncryptResult> {
  const { alg, enc } = options
  if (isRefusedJweAlgorithm(alg))
    return fail('ERR_JWE_ALG_REFUSED', { alg, reason: 'bleichenbacher' })
  if (!isJweAlgorithm(alg)) return fail('ERR_ALG_UNSUPPORTED', { alg: String(alg) })
  if (!isJweEncryption(enc)) return fail('ERR_JWE_ENC_UNSUPPORTED', { alg: String(enc) })
  if (typeof plaintext !== 'string') return fail('ERR_INPUT_EMPTY')
  if (plaintext.length > MAX_INPUT_LENGTH)
    return fail('ERR_INPUT_TOO_LARGE', { size: plaintext.length, limit: MAX_INPUT_LENGTH })
  const p2c = options.p2c ?? DEFAULT_PBES2_COUNT
  if (!Number.isSafeInteger(p2c) || p2c < 1)
    return fail('ERR_JWE_HEADER_INVALID', { claim: 'p2c', reason: 'integer' })
  if (p2c > MAX_PBES2_COUNT)
    return fail('ERR_JWE_P2C_TOO_LARGE', { size: p2c, limit: MAX_PBES2_COUNT })
  const key = await resolveJweKey(options.key, alg, enc, 'encrypt')
  if (!key.ok) return key
  try {
    const jwe = new CompactEncrypt(new TextEncoder().encode(plaintext)).setProtectedHeader({
      alg,
      enc,
      ...(options.cty && { cty: options.cty }),
      ...(options.kid && { kid: options.kid }),
    })
    if (jweKeyKind(alg) === 'password') jwe.setKeyManagementParameters({ p2c })
    return { ok: true, token: await jwe.encrypt(key.key) }
  } catch (error) {
    return fail('ERR_JWE_ENCRYPTION', { alg, detail: errorDetail(error) })
  }
}
