/**
 * @module jwe-keygen — fresh keys for each JWE algorithm: a random secret of exactly the size
 * `dir`/KW/GCMKW needs, an RSA-OAEP pair (2048 bits), an ECDH-ES pair on P-256/384/521 or
 * X25519, a random password for PBES2. Pairs come as PEM and JWK; the public half encrypts, the
 * private half decrypts.
 */
import { exportJWK, exportPKCS8, exportSPKI, generateKeyPair } from 'jose'
import { encodeBase64url } from './base64url'
import { errorDetail, fail, type JwtFailure } from './errors'
import { toHex } from './hex'
import {
  isJweAlgorithm,
  isJweEncryption,
  jweKeyKind,
  secretBytesFor,
  type EcdhCurve,
} from './jwe-algorithms'

/** A generated JWE key: what encrypts (`encryptKey`) and what decrypts (`decryptKey`). */
export type GeneratedJweKey =
  | { ok: true; kind: 'secret'; bytes: number; base64url: string; hex: string; jwk: string }
  | { ok: true; kind: 'password'; password: string }
  | {
      ok: true
      kind: 'pair'
      publicPem: string
      privatePem: string
      publicJwk: string
      privateJwk: string
    }

/**
 * Generates a key for `alg` (and `enc`, which sets the `dir` secret's size). `crv` chooses the
 * ECDH-ES curve (default P-256).
 *
 * @example
 * const key = await generateJweKey('A256KW', 'A256GCM')
 * if (key.ok && key.kind === 'secret') key.bytes // => 32
 */
export async function generateJweKey(
  alg: string,
  enc: string,
  crv: EcdhCurve = 'P-256',
): Promise<GeneratedJweKey | JwtFailure> {
  if (!isJweAlgorithm(alg)) return fail('ERR_ALG_UNSUPPORTED', { alg: String(alg) })
  if (!isJweEncryption(enc)) return fail('ERR_JWE_ENC_UNSUPPORTED', { alg: String(enc) })
  const kind = jweKeyKind(alg)
  if (kind === 'secret') {
    const bytes = crypto.getRandomValues(new Uint8Array(secretBytesFor(alg, enc)!))
    const base64url = encodeBase64url(bytes)
    return {
      ok: true,
      kind: 'secret',
      bytes: bytes.length,
      base64url,
      hex: toHex(bytes, Infinity, ''),
      jwk: JSON.stringify({ kty: 'oct', k: base64url, alg: alg === 'dir' ? enc : alg }, null, 2),
    }
  }
  if (kind === 'password') {
    // 16 random bytes, as base64url: 128 bits, which no dictionary holds.
    return {
      ok: true,
      kind: 'password',
      password: encodeBase64url(crypto.getRandomValues(new Uint8Array(16))),
    }
  }
  try {
    const options = { extractable: true, ...(kind === 'rsa' ? { modulusLength: 2048 } : { crv }) }
    const { publicKey, privateKey } = await generateKeyPair(alg, options)
    const meta = { alg, use: 'enc' }
    return {
      ok: true,
      kind: 'pair',
      publicPem: await exportSPKI(publicKey),
      privatePem: await exportPKCS8(privateKey),
      publicJwk: JSON.stringify({ ...(await exportJWK(publicKey)), ...meta }, null, 2),
      privateJwk: JSON.stringify({ ...(await exportJWK(privateKey)), ...meta }, null, 2),
    }
  } catch (error) {
    return fail('ERR_KEY_GENERATION', { alg, detail: errorDetail(error) })
  }
}
