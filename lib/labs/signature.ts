/** @module A JWS signature check with a given key, for the vulnerable verifiers that pick the key. */
import { compactVerify, importJWK, type CryptoKey, type JWK } from 'jose'
import { isJsonObject } from '@/lib/jwt'
import type { LabJws } from './jws'
import { accept, refuse, type Verdict } from './verdict'

/** Accepts the payload when the signature verifies with `key` under the header's own `alg`. */
export async function signatureVerifies(jws: LabJws, key: CryptoKey): Promise<Verdict> {
  try {
    await compactVerify(jws.token, key)
    return accept(jws.payload)
  } catch {
    return refuse('LAB_SIGNATURE_INVALID', 'The signature does not verify with that key.')
  }
}

/** A JWK (from a header or a key set) as a verification key for `alg`; null when it is not one. */
export async function importPublicJwk(jwk: unknown, alg: unknown): Promise<CryptoKey | null> {
  if (!isJsonObject(jwk) || typeof alg !== 'string') return null
  try {
    const key = await importJWK(jwk as JWK, alg)
    return key instanceof Uint8Array ? null : (key as CryptoKey)
  } catch {
    return null
  }
}
