/**
 * @module Lab: HS256 done right, with a secret from a public list of common passwords. The
 * learner's own token is enough to test guesses offline (hashcat -m 16500); once the secret is
 * found, any token can be signed.
 */
import { defineLab } from './lab'
import type { LabJws } from './jws'
import { randomId } from './ids'
import { hmacMatches } from './hmac'
import { verifyPinned } from './hardened'
import { signSession } from './session'
import { weakSecret } from './wordlist'
import { accept, refuse, type Verdict } from './verdict'

export interface WeakSecretLab {
  /** A common password: the flaw. */
  secret: string
  /** The hardened server's key: 256 random bits, which no word list holds. */
  strongSecret: string
}

/** A fresh instance: a secret picked from the word list, and the learner's token signed with it. */
export async function issueSession(sid: string, { now }: { now: Date }) {
  const instance: WeakSecretLab = { secret: weakSecret(), strongSecret: randomId(32) }
  const token = await signSession('weak-secret', sid, now, instance.secret, { alg: 'HS256' })
  return { instance, token }
}

/** Pins HS256 and checks the signature: correct code, guessable key. */
export async function vulnerableVerify(jws: LabJws, lab: WeakSecretLab): Promise<Verdict> {
  if (jws.header.alg !== 'HS256') return refuse('LAB_ALG_NOT_ALLOWED', 'Only HS256 is accepted.')
  if (!hmacMatches(jws, lab.secret)) {
    return refuse('LAB_SIGNATURE_INVALID', 'The HS256 signature does not match.')
  }
  return accept(jws.payload)
}

/**
 * The same checks with a key of 256 random bits (RFC 7518 §3.2: at least the hash size). A token
 * signed with a cracked password is refused, and so is one the weak-keyed server issued: moving
 * to a strong key means signing in again.
 */
export async function hardenedVerify(jws: LabJws, lab: WeakSecretLab): Promise<Verdict> {
  return verifyPinned(jws, lab.strongSecret, { slug: 'weak-secret', algorithms: ['HS256'] })
}

export const lab = defineLab({ issueSession, vulnerableVerify, hardenedVerify })
