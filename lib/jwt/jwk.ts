/** @module jwk — JWK checks against an algorithm, public-from-private, thumbprints, JWKS. */
import { calculateJwkThumbprint, type JWK } from 'jose'
import { algorithmInfo, sameAlgorithm, type JwsAlgorithm } from './algorithms'
import { errorDetail, fail, type JwtFailure } from './errors'
import { isJsonObject } from './json'
import { checkRsaPublicKey } from './rsa'

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const

/**
 * True when a JWK holds private material (`d`, or `k` for a symmetric key).
 *
 * @example
 * isPrivateJwk({ kty: 'EC', crv: 'P-256', x: '..', y: '..', d: '..' }) // => true
 */
export function isPrivateJwk(jwk: JWK): boolean {
  return jwk.kty === 'oct' ? typeof jwk.k === 'string' : typeof jwk.d === 'string'
}

/**
 * The public half of an asymmetric private JWK: private members removed, `key_ops` adjusted
 * (`sign` becomes `verify`). Fails for symmetric keys, which have no public half.
 *
 * @example
 * publicJwkFromPrivate({ kty: 'OKP', crv: 'Ed25519', x: '11qY...', d: 'nWGx...' })
 * // => { ok: true, jwk: { kty: 'OKP', crv: 'Ed25519', x: '11qY...' } }
 */
export function publicJwkFromPrivate(jwk: JWK): { ok: true; jwk: JWK } | JwtFailure {
  if (!isJsonObject(jwk) || typeof jwk.kty !== 'string')
    return fail('ERR_JWK_INVALID', { reason: 'kty' })
  if (jwk.kty === 'oct')
    return fail('ERR_KEY_TYPE_MISMATCH', { expected: 'RSA|EC|OKP', actual: 'oct' })
  const out: JWK = { ...jwk }
  for (const member of PRIVATE_MEMBERS) delete (out as Record<string, unknown>)[member]
  if (Array.isArray(jwk.key_ops)) {
    const ops = jwk.key_ops.filter((op) => op === 'verify' || op === 'sign').map(() => 'verify')
    out.key_ops = [...new Set(ops)]
  }
  return { ok: true, jwk: out }
}

/**
 * Checks that a JWK may be used with `alg` for `operation`: key type and curve match the
 * algorithm; `alg`, `use` and `key_ops`, when present, allow it (RFC 7517 §4.2-4.4); an RSA
 * key is large enough, has a sane exponent and no ROCA fingerprint. Returns null when fine.
 *
 * @example
 * checkJwkForAlgorithm({ kty: 'EC', crv: 'P-256', x: '..', y: '..', use: 'enc' }, 'ES256', 'verify')
 * // => { ok: false, code: 'ERR_KEY_USE', expected: 'sig', actual: 'enc' }
 */
export function checkJwkForAlgorithm(
  jwk: JWK,
  alg: JwsAlgorithm,
  operation: 'sign' | 'verify',
): JwtFailure | null {
  const info = algorithmInfo(alg)!
  if (jwk.kty !== info.kty)
    return fail('ERR_KEY_TYPE_MISMATCH', { alg, expected: info.kty, actual: String(jwk.kty) })
  if (info.crv && jwk.crv !== info.crv)
    return fail('ERR_KEY_TYPE_MISMATCH', { alg, expected: info.crv, actual: String(jwk.crv) })
  if (jwk.alg !== undefined && !sameAlgorithm(jwk.alg, alg))
    return fail('ERR_KEY_ALG_MISMATCH', { alg, expected: String(jwk.alg), actual: alg })
  if (jwk.use !== undefined && jwk.use !== 'sig')
    return fail('ERR_KEY_USE', { expected: 'sig', actual: String(jwk.use) })
  if (jwk.key_ops !== undefined && !(Array.isArray(jwk.key_ops) && jwk.key_ops.includes(operation)))
    return fail('ERR_KEY_OPS', { expected: operation, actual: JSON.stringify(jwk.key_ops) })
  if (jwk.kty === 'RSA') return checkRsaPublicKey(jwk)
  return null
}

/**
 * The RFC 7638 thumbprint of a JWK (SHA-256 by default), as base64url.
 *
 * @example
 * await jwkThumbprint({ kty: 'RSA', n: '0vx7...', e: 'AQAB' })
 * // => { ok: true, thumbprint: 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs' }
 */
export async function jwkThumbprint(
  jwk: JWK,
  digest: 'sha256' | 'sha384' | 'sha512' = 'sha256',
): Promise<{ ok: true; thumbprint: string } | JwtFailure> {
  try {
    return { ok: true, thumbprint: await calculateJwkThumbprint(jwk, digest) }
  } catch (error) {
    return fail('ERR_JWK_INVALID', { detail: errorDetail(error) })
  }
}

/**
 * Builds a JWKS from public JWKs, refusing private material (a JWKS is published) and
 * duplicate `kid`s (verifiers could not choose). Keys without a `kid` get their thumbprint.
 *
 * @example
 * await buildJwks([publicJwkA, publicJwkB]) // => { ok: true, jwks: { keys: [...] } }
 */
export async function buildJwks(
  keys: JWK[],
): Promise<{ ok: true; jwks: { keys: JWK[] } } | JwtFailure> {
  const out: JWK[] = []
  const kids = new Set<string>()
  for (const key of keys) {
    if (!isJsonObject(key) || typeof key.kty !== 'string')
      return fail('ERR_JWK_INVALID', { reason: 'kty' })
    if (isPrivateJwk(key)) return fail('ERR_JWKS_MIXED', { reason: 'private' })
    let kid = key.kid
    if (kid === undefined) {
      const thumb = await jwkThumbprint(key)
      if (!thumb.ok) return thumb
      kid = thumb.thumbprint
    }
    if (kids.has(kid)) return fail('ERR_JWKS_MULTIPLE_MATCHES', { kid, count: 2 })
    kids.add(kid)
    out.push({ ...key, kid })
  }
  return { ok: true, jwks: { keys: out } }
}

/**
 * The key material of a JWK without `alg`, `use`, `key_ops` and `ext`, which
 * {@link checkJwkForAlgorithm} has already judged; jose then only sees the numbers.
 *
 * @example
 * keyMaterial({ kty: 'oct', k: 'c2VjcmV0', alg: 'HS256', use: 'sig' }) // => { kty: 'oct', k: 'c2VjcmV0' }
 */
export function keyMaterial(jwk: JWK): JWK {
  const out: Record<string, unknown> = { ...jwk }
  for (const member of ['alg', 'use', 'key_ops', 'ext']) delete out[member]
  return out as JWK
}
