import 'server-only'

/**
 * @module Signing keys: generated on first start, stored in the database, rotated on demand.
 * One current key per algorithm signs; retired keys keep verifying (and stay in the JWKS) until
 * every token they could have signed has expired. The HMAC secret is never published.
 */
import { importJWK, type CryptoKey, type JWK } from 'jose'
import { encodeBase64url } from '@/lib/jwt/base64url'
import { generateHmacSecret, generateKeyPairFor } from '@/lib/jwt/keygen'
import type { SigningAlg, SigningKeyRecord, Store } from '@/lib/db'
import { RETIRED_KEY_GRACE_S, SIGNING_ALGS } from './config'

/** Makes a fresh key (or HMAC secret) for `alg`, not yet stored. */
export async function generateSigningKey(
  alg: SigningAlg,
  now = Date.now(),
): Promise<SigningKeyRecord> {
  if (alg === 'HS256') {
    // 256 random bits, as RFC 7518 §3.2 asks for HS256; the kid is random so it says nothing.
    const secret = generateHmacSecret(alg)
    if (!secret.ok) throw new Error(`Cannot generate a ${alg} secret: ${secret.code}`)
    const jwk: JWK = { kty: 'oct', k: secret.base64url }
    const kid = encodeBase64url(crypto.getRandomValues(new Uint8Array(16)))
    return {
      kid,
      alg,
      privateJwk: JSON.stringify(jwk),
      publicJwk: null,
      createdAt: now,
      retiredAt: null,
    }
  }
  // lib/jwt's key generation, as the playground uses it; its thumbprint kid is the RFC 7638 one.
  const pair = await generateKeyPairFor(alg)
  if (!pair.ok) throw new Error(`Cannot generate a ${alg} signing key: ${pair.code}`)
  return {
    kid: pair.kid,
    alg,
    privateJwk: JSON.stringify(pair.privateJwk),
    publicJwk: JSON.stringify(pair.publicJwk),
    createdAt: now,
    retiredAt: null,
  }
}

/** Gives every algorithm a current key if it has none (first start). Safe to run concurrently. */
export async function ensureSigningKeys(store: Store, now = Date.now()): Promise<void> {
  const keys = await store.signingKeys.list()
  for (const alg of SIGNING_ALGS) {
    if (keys.some((key) => key.alg === alg && key.retiredAt === null)) continue
    await store.signingKeys.insertIfNoCurrent(await generateSigningKey(alg, now))
  }
}

export interface RotationResult {
  created: { kid: string; alg: SigningAlg }[]
  retired: { kid: string; alg: SigningAlg }[]
  deleted: number
}

/**
 * Makes a new current key for each algorithm; the previous ones are retired, and keys retired
 * long enough ago that none of their tokens can still be valid are deleted.
 *
 * @example await rotateSigningKeys(await getStore())   // what `npm run keys:rotate` does
 */
export async function rotateSigningKeys(
  store: Store,
  options: { now?: number; algs?: readonly SigningAlg[] } = {},
): Promise<RotationResult> {
  const now = options.now ?? Date.now()
  const before = await store.signingKeys.list()
  const result: RotationResult = { created: [], retired: [], deleted: 0 }
  for (const alg of options.algs ?? SIGNING_ALGS) {
    const key = await generateSigningKey(alg, now)
    await store.signingKeys.rotate(key, now)
    result.created.push({ kid: key.kid, alg })
    for (const old of before) {
      if (old.alg === alg && old.retiredAt === null) result.retired.push({ kid: old.kid, alg })
    }
  }
  result.deleted = await pruneRetiredKeys(store, now)
  return result
}

/** Deletes keys whose grace period is over. */
export function pruneRetiredKeys(store: Store, now = Date.now()): Promise<number> {
  return store.signingKeys.deleteRetiredBefore(now - RETIRED_KEY_GRACE_S * 1000)
}

/** A retired key still verifies (and is published) until its grace period ends. */
export function isKeyUsable(key: SigningKeyRecord, now = Date.now()): boolean {
  return key.retiredAt === null || key.retiredAt + RETIRED_KEY_GRACE_S * 1000 > now
}

type KeyLike = CryptoKey | Uint8Array
const importedKeys = new Map<string, Promise<KeyLike>>()

function importCached(cacheKey: string, jwk: string, alg: SigningAlg): Promise<KeyLike> {
  let key = importedKeys.get(cacheKey)
  if (!key) {
    key = importJWK(JSON.parse(jwk) as JWK, alg)
    importedKeys.set(cacheKey, key)
  }
  return key
}

export interface LoadedKey {
  kid: string
  alg: SigningAlg
  key: KeyLike
}

/** The current signing key for `alg`, from the store's key list (a rotation by the CLI signs within its cache TTL). */
export async function currentSigningKey(store: Store, alg: SigningAlg): Promise<LoadedKey> {
  const keys = await store.signingKeys.list()
  const current = keys.filter((key) => key.alg === alg && key.retiredAt === null).at(-1)
  if (!current) throw new Error(`No current ${alg} signing key; ensureSigningKeys was not run`)
  return {
    kid: current.kid,
    alg,
    key: await importCached(`private:${current.kid}`, current.privateJwk, alg),
  }
}

/** The key that verifies tokens with this `kid`, or null when unknown or past its grace period. */
export async function verificationKey(
  store: Store,
  kid: string,
  now = Date.now(),
): Promise<LoadedKey | null> {
  const record = await store.signingKeys.find(kid)
  if (!record || !isKeyUsable(record, now)) return null
  // The HMAC secret verifies with itself; an asymmetric key only ever with its public half.
  const jwk = record.publicJwk ?? record.privateJwk
  return {
    kid: record.kid,
    alg: record.alg,
    key: await importCached(`public:${record.kid}`, jwk, record.alg),
  }
}

export interface PublicJwk extends JWK {
  kid: string
  alg: SigningAlg
  use: 'sig'
}

/** The members of a public key, by key type (RFC 7518 §6): everything else is private or noise. */
const PUBLIC_MEMBERS = {
  EC: ['crv', 'x', 'y'],
  OKP: ['crv', 'x'],
  RSA: ['n', 'e'],
} as const satisfies Record<string, readonly (keyof JWK)[]>

/** Only the public members, listed by name: a private `d`, `p`, `q` … can never slip through. */
function publicMembers(jwk: JWK): JWK | null {
  const names = PUBLIC_MEMBERS[jwk.kty as keyof typeof PUBLIC_MEMBERS]
  if (!names) return null
  const members: JWK = { kty: jwk.kty }
  for (const name of names) if (jwk[name] !== undefined) members[name] = jwk[name]
  return members
}

/** The JWKS: public halves of the usable asymmetric keys, newest first. Never the HMAC secret. */
export async function publicJwks(store: Store, now = Date.now()): Promise<{ keys: PublicJwk[] }> {
  const records = await store.signingKeys.list()
  const keys: PublicJwk[] = []
  for (const record of [...records].reverse()) {
    if (record.publicJwk === null || !isKeyUsable(record, now)) continue
    const members = publicMembers(JSON.parse(record.publicJwk) as JWK)
    if (members) keys.push({ ...members, kid: record.kid, alg: record.alg, use: 'sig' })
  }
  return { keys }
}
