/**
 * @module Lab: the server decodes the token and trusts its payload, as if `jwt.decode()` had
 * verified anything. Any signature passes, so editing `role` is enough.
 */
import { defineLab } from './lab'
import type { LabJws } from './jws'
import { randomId } from './ids'
import { verifyPinned } from './hardened'
import { signSession } from './session'
import { accept, type Verdict } from './verdict'

export interface UnverifiedSignatureLab {
  secret: string
}

/** A fresh instance: a random HS256 secret the learner never sees, and their token. */
export async function issueSession(sid: string, { now }: { now: Date }) {
  const instance: UnverifiedSignatureLab = { secret: randomId(32) }
  const token = await signSession('unverified-signature', sid, now, instance.secret, {
    alg: 'HS256',
  })
  return { instance, token }
}

/** Reads the claims and returns them: the signature segment is never looked at. */
export async function vulnerableVerify(jws: LabJws): Promise<Verdict> {
  // "decode" gives us the payload, so the token must be fine.
  return accept(jws.payload)
}

/** Verifies the HS256 signature with the server's secret before reading a single claim. */
export async function hardenedVerify(jws: LabJws, lab: UnverifiedSignatureLab): Promise<Verdict> {
  return verifyPinned(jws, lab.secret, {
    slug: 'unverified-signature',
    algorithms: ['HS256'],
  })
}

export const lab = defineLab({ issueSession, vulnerableVerify, hardenedVerify })
