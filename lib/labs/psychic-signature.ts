/**
 * @module Lab (CVE-2022-21449): an ECDSA P-256 verifier written by hand, like Java 15 to 18's,
 * that never checks 0 < r < n and 0 < s < n. With r = s = 0 the check compares 0 with 0.
 */
import { defineLab } from './lab'
import type { LabJws } from './jws'
import { labKeyPair, type LabKeyPair } from './keys'
import { verifyPinned } from './hardened'
import { G, N, addPoints, bytesToBigInt, modInverse, multiply, toAffine } from './p256'
import { signSession } from './session'
import { decodeBase64url } from '@/lib/jwt'
import { accept, refuse, type Verdict } from './verdict'

export interface PsychicSignatureLab {
  keys: LabKeyPair
  /** The public point Q, from the public JWK's x and y. */
  publicPoint: { x: bigint; y: bigint; z: bigint }
}

function coordinate(value: unknown): bigint {
  const decoded = decodeBase64url(String(value))
  if (!decoded.ok) throw new Error('A generated P-256 key has a bad coordinate.')
  return bytesToBigInt(decoded.bytes)
}

/** A fresh instance: a P-256 key pair, and the learner's ES256 token. */
export async function issueSession(sid: string, { now }: { now: Date }) {
  const keys = await labKeyPair('ES256')
  const publicPoint = { x: coordinate(keys.publicJwk.x), y: coordinate(keys.publicJwk.y), z: 1n }
  const instance: PsychicSignatureLab = { keys, publicPoint }
  const token = await signSession('psychic-signature', sid, now, keys.privateKey, {
    alg: 'ES256',
    kid: keys.kid,
  })
  return { instance, token }
}

async function sha256(text: string): Promise<bigint> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return bytesToBigInt(new Uint8Array(digest))
}

/** ECDSA verification, written out from SEC 1, §4.1.4. */
export async function vulnerableVerify(jws: LabJws, lab: PsychicSignatureLab): Promise<Verdict> {
  if (jws.header.alg !== 'ES256') return refuse('LAB_ALG_NOT_ALLOWED', 'Only ES256 is accepted.')
  if (jws.signature.length !== 64) {
    return refuse('LAB_SIGNATURE_INVALID', 'An ES256 signature is 64 bytes: r, then s.')
  }
  const r = bytesToBigInt(jws.signature.subarray(0, 32))
  const s = bytesToBigInt(jws.signature.subarray(32))
  const e = await sha256(jws.signingInput)
  const w = modInverse(s, N)
  const point = addPoints(multiply(G, (e * w) % N), multiply(lab.publicPoint, (r * w) % N))
  if (toAffine(point).x % N !== r) {
    return refuse('LAB_SIGNATURE_INVALID', 'The ECDSA signature does not match.')
  }
  return accept(jws.payload)
}

/** Checks that r and s are in 1…n−1 first, then lets Web Crypto (through jose) verify. */
export async function hardenedVerify(jws: LabJws, lab: PsychicSignatureLab): Promise<Verdict> {
  if (jws.signature.length === 64) {
    const r = bytesToBigInt(jws.signature.subarray(0, 32))
    const s = bytesToBigInt(jws.signature.subarray(32))
    if (r <= 0n || r >= N || s <= 0n || s >= N) {
      return refuse('LAB_ECDSA_SIGNATURE_INVALID', 'r and s must both be between 1 and n − 1.')
    }
  }
  return verifyPinned(jws, lab.keys.publicKey, { slug: 'psychic-signature', algorithms: ['ES256'] })
}

/** The instance's public key, as its jwks.json serves it. */
export function publicJwks(lab: PsychicSignatureLab) {
  return { keys: [lab.keys.publicJwk] }
}

export const lab = defineLab({ issueSession, vulnerableVerify, hardenedVerify, publicJwks })
