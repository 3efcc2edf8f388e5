/** @module keygen — fresh key pairs for every asymmetric algorithm and HMAC secrets. */
import { exportJWK, exportPKCS8, exportSPKI, generateKeyPair, type JWK } from 'jose'
import { algorithmInfo, isSupportedAlgorithm } from './algorithms'
import { encodeBase64url } from './base64url'
import { toHex } from './hex'
import { errorDetail, fail, type JwtFailure } from './errors'
import { jwkThumbprint } from './jwk'

/** A generated key pair in every format the playground shows. */
export interface GeneratedKeyPair {
  ok: true
  alg: string
  publicJwk: JWK
  privateJwk: JWK
  publicPem: string
  privatePem: string
  /** RFC 7638 thumbprint, also set as both JWKs' `kid`. */
  kid: string
}

/**
 * Generates a key pair for an asymmetric algorithm (RS*, PS* with 2048-bit keys; ES*; EdDSA
 * / Ed25519), exported as JWK (with `alg`, `use: sig` and a thumbprint `kid`) and PEM
 * (SPKI / PKCS#8).
 *
 * @example
 * const pair = await generateKeyPairFor('ES256')
 * if (pair.ok) pair.publicJwk.crv // => 'P-256'
 */
export async function generateKeyPairFor(alg: string): Promise<GeneratedKeyPair | JwtFailure> {
  if (!isSupportedAlgorithm(alg)) return fail('ERR_ALG_UNSUPPORTED', { alg })
  if (algorithmInfo(alg)!.family === 'HMAC')
    return fail('ERR_KEY_TYPE_MISMATCH', { alg, expected: 'RSA|EC|OKP', actual: 'oct' })
  try {
    const { publicKey, privateKey } = await generateKeyPair(alg, {
      extractable: true,
      modulusLength: 2048,
    })
    const publicJwk = await exportJWK(publicKey)
    const privateJwk = await exportJWK(privateKey)
    const thumb = await jwkThumbprint(publicJwk)
    if (!thumb.ok) return thumb
    const extra = { alg, use: 'sig', kid: thumb.thumbprint }
    return {
      ok: true,
      alg,
      publicJwk: { ...publicJwk, ...extra },
      privateJwk: { ...privateJwk, ...extra },
      publicPem: await exportSPKI(publicKey),
      privatePem: await exportPKCS8(privateKey),
      kid: thumb.thumbprint,
    }
  } catch (error) {
    return fail('ERR_KEY_GENERATION', { alg, detail: errorDetail(error) })
  }
}

/** A random HMAC secret as the three encodings the verifier accepts, plus a JWK. */
export interface GeneratedSecret {
  ok: true
  alg: string
  bytes: Uint8Array
  base64url: string
  hex: string
  jwk: JWK
}

/**
 * Generates a random HMAC secret exactly as long as the hash output (32, 48 or 64 bytes,
 * RFC 7518 §3.2), from `crypto.getRandomValues`.
 *
 * @example
 * const secret = generateHmacSecret('HS512')
 * if (secret.ok) secret.bytes.length // => 64
 */
export function generateHmacSecret(alg: string): GeneratedSecret | JwtFailure {
  const info = isSupportedAlgorithm(alg) ? algorithmInfo(alg) : undefined
  if (!info) return fail('ERR_ALG_UNSUPPORTED', { alg })
  if (info.family !== 'HMAC')
    return fail('ERR_KEY_TYPE_MISMATCH', { alg, expected: info.kty, actual: 'oct' })
  const bytes = crypto.getRandomValues(new Uint8Array(info.hashBytes))
  const b64 = encodeBase64url(bytes)
  const hex = toHex(bytes, Infinity, '')
  return { ok: true, alg, bytes, base64url: b64, hex, jwk: { kty: 'oct', k: b64, alg, use: 'sig' } }
}
