/**
 * @module Lab: the server lets the header's `alg` decide how to check the signature, and for
 * `none` (in any spelling: `none`, `None`, `NONE`, `nOnE`) there is nothing to check.
 */
import { defineLab } from './lab'
import type { LabJws } from './jws'
import { randomId } from './ids'
import { hmacMatches } from './hmac'
import { verifyPinned } from './hardened'
import { signSession } from './session'
import { accept, refuse, type Verdict } from './verdict'

export interface AlgNoneLab {
  secret: string
}

/** A fresh instance: a random HS256 secret, and the learner's token signed with it. */
export async function issueSession(sid: string, { now }: { now: Date }) {
  const instance: AlgNoneLab = { secret: randomId(32) }
  const token = await signSession('alg-none', sid, now, instance.secret, { alg: 'HS256' })
  return { instance, token }
}

/** Checks the signature the way the header says it was made. */
export async function vulnerableVerify(jws: LabJws, lab: AlgNoneLab): Promise<Verdict> {
  const alg = String(jws.header.alg).toLowerCase()
  if (alg === 'none') return accept(jws.payload) // unsigned: nothing to check
  if (alg !== 'hs256') return refuse('LAB_ALG_NOT_ALLOWED', `This server does not know ${alg}.`)
  if (!hmacMatches(jws, lab.secret)) {
    return refuse('LAB_SIGNATURE_INVALID', 'The HS256 signature does not match.')
  }
  return accept(jws.payload)
}

/** The server decides the algorithm: HS256 only, whatever the header claims. */
export async function hardenedVerify(jws: LabJws, lab: AlgNoneLab): Promise<Verdict> {
  return verifyPinned(jws, lab.secret, { slug: 'alg-none', algorithms: ['HS256'] })
}

export const lab = defineLab({ issueSession, vulnerableVerify, hardenedVerify })
