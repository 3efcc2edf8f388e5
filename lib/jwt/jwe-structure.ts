/**
 * @module jwe-structure — what can be checked in a JWE without its key: the header names an
 * algorithm pair this playground decrypts, RSA1_5 is refused, PBES2's iteration count is capped,
 * an `epk` lies on its curve, and each part is as long as the algorithms say. Pure: the page
 * shows these problems before any key is typed, and decrypt runs the same checks first.
 */
import { decodeBase64url } from './base64url-decode'
import type { DecodedJwe } from './decode'
import { checkEpk } from './epk'
import { fail, type JwtFailure, type SegmentName } from './errors'
import {
  encryptedKeyBytes,
  isJweAlgorithm,
  isJweEncryption,
  isRefusedJweAlgorithm,
  ivBytes,
  jweKeyKind,
  MAX_PBES2_COUNT,
  MIN_PBES2_SALT_BYTES,
  tagBytes,
  type JweAlgorithm,
  type JweEncryption,
} from './jwe-algorithms'
import type { JsonObject } from './json-object'

/** The header once checked: an algorithm pair this playground handles. */
export interface CheckedJweHeader {
  ok: true
  alg: JweAlgorithm
  enc: JweEncryption
}

function partLength(
  decoded: DecodedJwe,
  index: number,
  expected: number,
  reason = 'length',
): JwtFailure | null {
  const size = decoded.byteLengths[index]!
  if (size === expected) return null
  const range = decoded.segments[index]!
  return fail('ERR_JWE_PART_LENGTH', {
    segment: range.name as SegmentName,
    at: range.start,
    size,
    expected: String(expected),
    reason,
  })
}

function bytesParam(header: JsonObject, name: string): Uint8Array | null {
  const value = header[name]
  if (typeof value !== 'string') return null
  const decoded = decodeBase64url(value)
  return decoded.ok ? decoded.bytes : null
}

function headerProblem(header: JsonObject, alg: JweAlgorithm): JwtFailure | null {
  if (header.zip !== undefined && header.zip !== 'DEF')
    return fail('ERR_JWE_ZIP_UNSUPPORTED', { actual: String(header.zip) })
  if (alg.startsWith('PBES2')) {
    const { p2c } = header
    if (typeof p2c !== 'number' || !Number.isSafeInteger(p2c) || p2c < 1)
      return fail('ERR_JWE_HEADER_INVALID', { claim: 'p2c', reason: 'integer' })
    if (p2c > MAX_PBES2_COUNT)
      return fail('ERR_JWE_P2C_TOO_LARGE', { size: p2c, limit: MAX_PBES2_COUNT })
    const salt = bytesParam(header, 'p2s')
    if (!salt || salt.length < MIN_PBES2_SALT_BYTES)
      return fail('ERR_JWE_HEADER_INVALID', { claim: 'p2s', reason: 'salt' })
  }
  if (jweKeyKind(alg) === 'ecdh') return checkEpk(header.epk)
  if (alg.endsWith('GCMKW')) {
    if (bytesParam(header, 'iv')?.length !== 12)
      return fail('ERR_JWE_HEADER_INVALID', { claim: 'iv', reason: 'length' })
    if (bytesParam(header, 'tag')?.length !== 16)
      return fail('ERR_JWE_HEADER_INVALID', { claim: 'tag', reason: 'length' })
  }
  return null
}

/**
 * Checks a decoded JWE's header and part lengths, without a key. Codes: `ERR_ALG_MISSING`,
 * `ERR_JWE_ENC_MISSING`, `ERR_JWE_ALG_REFUSED` (RSA1_5), `ERR_ALG_UNSUPPORTED`,
 * `ERR_JWE_ENC_UNSUPPORTED`, `ERR_JWE_ZIP_UNSUPPORTED`, `ERR_JWE_P2C_TOO_LARGE`,
 * `ERR_JWE_HEADER_INVALID`, `ERR_JWE_EPK_OFF_CURVE`, `ERR_JWE_PART_LENGTH` (with the part and
 * its offset in the token).
 *
 * @example
 * const decoded = decodeToken(jwe)
 * if (decoded.ok && decoded.kind === 'jwe') checkJweStructure(decoded) // => { ok: true, alg: 'dir', enc: 'A128GCM' }
 */
export function checkJweStructure(decoded: DecodedJwe): CheckedJweHeader | JwtFailure {
  const { header } = decoded
  if (header.alg === undefined) return fail('ERR_ALG_MISSING', { segment: 'header' })
  if (isRefusedJweAlgorithm(header.alg))
    return fail('ERR_JWE_ALG_REFUSED', { alg: String(header.alg), reason: 'bleichenbacher' })
  if (!isJweAlgorithm(header.alg)) return fail('ERR_ALG_UNSUPPORTED', { alg: String(header.alg) })
  if (header.enc === undefined) return fail('ERR_JWE_ENC_MISSING', { segment: 'header' })
  if (!isJweEncryption(header.enc))
    return fail('ERR_JWE_ENC_UNSUPPORTED', { alg: String(header.enc) })
  const { alg, enc } = header as { alg: JweAlgorithm; enc: JweEncryption }
  const problem =
    headerProblem(header, alg) ??
    partLength(decoded, 2, ivBytes(enc)) ??
    partLength(decoded, 4, tagBytes(enc))
  if (problem) return problem
  const keyLength = encryptedKeyBytes(alg, enc)
  if (keyLength !== undefined) {
    const wrong = partLength(decoded, 1, keyLength)
    if (wrong) return wrong
  } else if (decoded.byteLengths[1] === 0) {
    return partLength(decoded, 1, 1, 'empty')!
  }
  const ciphertext = decoded.byteLengths[3]!
  if (enc.includes('CBC') && (ciphertext === 0 || ciphertext % 16 !== 0))
    return partLength(decoded, 3, Math.max(16, Math.ceil(ciphertext / 16) * 16), 'block')!
  return { ok: true, alg, enc }
}
