/**
 * @module decrypt — decrypts a compact JWE with jose, after the key-free checks of
 * jwe-structure (RSA1_5 refused, `p2c` capped, `epk` on its curve, part lengths) and with the
 * algorithms pinned to the ones in the header that passed them. Every failure is a code.
 */
import { compactDecrypt } from 'jose'
import { decodeToken } from './decode'
import { fail, type JwtFailure, type ProblemDetails } from './errors'
import { joseJweFailure } from './jose-errors'
import { isJsonObject, type JsonObject } from './json-object'
import {
  MAX_INFLATED_BYTES,
  MAX_PBES2_COUNT,
  type JweAlgorithm,
  type JweEncryption,
} from './jwe-algorithms'
import { resolveJweKey, type JweKeyInput } from './jwe-keys'
import { checkJweStructure } from './jwe-structure'
import { decodeUtf8 } from './utf8'

/** A decrypted JWE. */
export interface DecryptSuccess {
  ok: true
  alg: JweAlgorithm
  enc: JweEncryption
  header: JsonObject
  plaintext: Uint8Array
  /** The plaintext as text, when it is UTF-8. */
  text: string | undefined
  /** The plaintext is a compact JWS (as `cty: JWT` announces): a nested token. */
  nested: boolean
}

/** The outcome of {@link decryptJwe}. */
export type DecryptResult = DecryptSuccess | JwtFailure

const JWS_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/

function curveProblem(header: JsonObject, jwk: unknown, alg: JweAlgorithm): JwtFailure | null {
  const epk = header.epk
  if (!isJsonObject(epk) || !isJsonObject(jwk)) return null
  return epk.crv === jwk.crv
    ? null
    : fail('ERR_JWE_KEY_TYPE', {
        alg,
        reason: 'curve',
        expected: String(epk.crv),
        actual: String(jwk.crv),
      })
}

/**
 * Decrypts a compact JWE with the key given. Codes: those of decodeToken (malformed parts, with
 * their position), `ERR_JWE_NOT_JWE` (a JWS), those of checkJweStructure and resolveJweKey,
 * `ERR_JWE_DECRYPTION_FAILED` (the tag does not match: the wrong key, or the token was changed),
 * `ERR_JWE_INFLATE` (a `zip: DEF` body that does not inflate, or inflates past the limit).
 *
 * @example
 * await decryptJwe(token, { text: 'XctOhJAkA-pD9Lh7ZgW_2A', encoding: 'base64url' })
 * // => { ok: true, alg: 'dir', enc: 'A128GCM', text: 'You can trust us…', nested: false, ... }
 */
export async function decryptJwe(token: string, input: JweKeyInput): Promise<DecryptResult> {
  const decoded = decodeToken(token)
  if (!decoded.ok) {
    // The failure as lib/jwt's other functions return it, without decode's ranges and warnings.
    const details: Record<string, unknown> = { ...decoded }
    for (const key of ['ok', 'code', 'segments', 'warnings', 'header']) delete details[key]
    return fail(decoded.code, details as ProblemDetails)
  }
  if (decoded.kind !== 'jwe') return fail('ERR_JWE_NOT_JWE', { count: decoded.segments.length })
  const checked = checkJweStructure(decoded)
  if (!checked.ok) return checked
  const { alg, enc } = checked
  const key = await resolveJweKey(input, alg, enc, 'decrypt')
  if (!key.ok) return key
  const mismatch = curveProblem(decoded.header, key.jwk, alg)
  if (mismatch) return mismatch
  try {
    const result = await compactDecrypt(token, key.key, {
      keyManagementAlgorithms: [alg],
      contentEncryptionAlgorithms: [enc],
      maxPBES2Count: MAX_PBES2_COUNT,
      maxDecompressedLength: MAX_INFLATED_BYTES,
    })
    const plaintext = new Uint8Array(result.plaintext)
    const utf8 = decodeUtf8(plaintext)
    const text = utf8.ok ? utf8.text : undefined
    // `cty: JWT` announces a nested token; the shape decides, so a wrong `cty` misleads nobody.
    const nested = text !== undefined && JWS_SHAPE.test(text.trim())
    return { ok: true, alg, enc, header: decoded.header, plaintext, text, nested }
  } catch (error) {
    return joseJweFailure(error, alg)
  }
}
