import { describe, expect, it } from 'vitest'
import { decodeToken, decryptJwe, type JweKeyInput } from '@/lib/jwt/crypto'
import { loadVector } from './helpers'

interface CookbookJwe {
  title: string
  input: {
    plaintext: string
    key?: Record<string, unknown>
    pwd?: string
    alg: string
    enc: string
  }
  output: { compact?: string }
}

// Every RFC 7520 §5 example with a compact serialization (5.10-5.13 need the JSON one), and the
// X25519 example of the cookbook's curve25519 folder (RFC 8037).
const VECTORS = [
  'jwe/5_1.key_encryption_using_rsa_v15_and_aes-hmac-sha2.json',
  'jwe/5_2.key_encryption_using_rsa-oaep_with_aes-gcm.json',
  'jwe/5_3.key_wrap_using_pbes2-aes-keywrap_with-aes-cbc-hmac-sha2.json',
  'jwe/5_4.key_agreement_with_key_wrapping_using_ecdh-es_and_aes-keywrap_with_aes-gcm.json',
  'jwe/5_5.key_agreement_using_ecdh-es_with_aes-cbc-hmac-sha2.json',
  'jwe/5_6.direct_encryption_using_aes-gcm.json',
  'jwe/5_7.key_wrap_using_aes-gcm_keywrap_with_aes-cbc-hmac-sha2.json',
  'jwe/5_8.key_wrap_using_aes-keywrap_with_aes-gcm.json',
  'jwe/5_9.compressed_content.json',
  'curve25519/ecdh-es.json',
].map((path) => [path, loadVector<CookbookJwe>(`jose-cookbook/${path}`)] as const)

/** The key as a learner would paste it: the password, the `k` of a secret, or the JWK. */
function keyFor(vector: CookbookJwe): JweKeyInput {
  const { key, pwd } = vector.input
  if (pwd !== undefined) return { text: pwd }
  if (key!.kty === 'oct') return { text: String(key!.k), encoding: 'base64url' }
  return { text: JSON.stringify(key) }
}

const refused = VECTORS.filter(([, v]) => v.input.alg === 'RSA1_5')
const decryptable = VECTORS.filter(([, v]) => v.input.alg !== 'RSA1_5')

describe('RFC 7520 section 5 and RFC 8037 JWE vectors', () => {
  it('covers ten compact examples, one of them RSA1_5', () => {
    expect(VECTORS.every(([, v]) => typeof v.output.compact === 'string')).toBe(true)
    expect([decryptable.length, refused.length]).toEqual([9, 1])
  })

  it.each(decryptable)('%s decrypts to its plaintext', async (_path, vector) => {
    const result = await decryptJwe(vector.output.compact!, keyFor(vector))
    expect(result).toMatchObject({ ok: true, alg: vector.input.alg, enc: vector.input.enc })
    if (result.ok) expect(result.text).toBe(vector.input.plaintext)
  })

  it.each(decryptable)(
    '%s with a bit of its ciphertext flipped is a tag mismatch',
    async (_p, v) => {
      const parts = v.output.compact!.split('.')
      const ciphertext = parts[3]!
      // Flip the low bit of the first character's value: still base64url, different bytes.
      const flipped = ciphertext[0] === 'A' ? 'B' : 'A'
      parts[3] = flipped + ciphertext.slice(1)
      const result = await decryptJwe(parts.join('.'), keyFor(v))
      expect(result).toMatchObject({ ok: false, code: 'ERR_JWE_DECRYPTION_FAILED' })
    },
  )

  it.each(refused)('%s is refused with ERR_JWE_ALG_REFUSED, even with its key', async (_p, v) => {
    const result = await decryptJwe(v.output.compact!, keyFor(v))
    expect(result).toMatchObject({ ok: false, code: 'ERR_JWE_ALG_REFUSED', alg: 'RSA1_5' })
  })

  it.each(VECTORS)('%s decodes as a five-part JWE with byte lengths', (_path, vector) => {
    const decoded = decodeToken(vector.output.compact!)
    expect(decoded).toMatchObject({ ok: true, kind: 'jwe', alg: vector.input.alg })
    if (!decoded.ok || decoded.kind !== 'jwe') return
    // 5.6 (`dir`) and 5.5, 8037 (`ECDH-ES`) agree on the key and send none.
    const sendsKey = !['dir', 'ECDH-ES'].includes(vector.input.alg)
    expect(decoded.byteLengths[1]! > 0).toBe(sendsKey)
    expect(decoded.byteLengths[2]).toBe(vector.input.enc.endsWith('GCM') ? 12 : 16)
  })
})
