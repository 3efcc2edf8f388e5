/**
 * @module Lab: the server looks the HMAC key up in SQL with the `kid` pasted into the query. A
 * `kid` that closes the quote can UNION SELECT a key the attacker chose.
 */
import { defineLab } from './lab'
import type { LabJws } from './jws'
import { randomId } from './ids'
import { hmacMatches } from './hmac'
import { verifyPinned } from './hardened'
import { addLabKey, queryLabKeys, removeLabKey } from './kid-sql-database'
import { signSession } from './session'
import { accept, refuse, type Verdict } from './verdict'

export interface KidSqlInjectionLab {
  kid: string
}

/** A fresh instance: a key row in the lab's database, and an HS256 token whose `kid` names it. */
export async function issueSession(sid: string, { now }: { now: Date }) {
  const instance: KidSqlInjectionLab = { kid: `key-${randomId(6)}` }
  const secret = randomId(32)
  await addLabKey(instance.kid, secret)
  const token = await signSession('kid-sql-injection', sid, now, secret, {
    alg: 'HS256',
    kid: instance.kid,
  })
  return { instance, token }
}

/** Finds the key whose id is `kid` and checks the HS256 signature with it. */
export async function vulnerableVerify(jws: LabJws): Promise<Verdict> {
  if (jws.header.alg !== 'HS256') return refuse('LAB_ALG_NOT_ALLOWED', 'Only HS256 is accepted.')
  const result = await queryLabKeys(`SELECT secret FROM lab_keys WHERE kid = '${jws.header.kid}'`)
  if (!result.ok) return refuse('LAB_KID_LOOKUP_FAILED', result.error)
  const secret = result.rows[0]?.secret
  if (secret === undefined || secret === null) {
    return refuse('LAB_KID_UNKNOWN', 'No key has this kid.')
  }
  if (!hmacMatches(jws, String(secret))) {
    return refuse('LAB_SIGNATURE_INVALID', 'The HS256 signature does not match.')
  }
  return accept(jws.payload)
}

/** The same lookup with the `kid` bound as a parameter: it is compared, never parsed as SQL. */
export async function hardenedVerify(jws: LabJws): Promise<Verdict> {
  const kid = typeof jws.header.kid === 'string' ? jws.header.kid : ''
  const result = await queryLabKeys('SELECT secret FROM lab_keys WHERE kid = ?', [kid])
  const secret = result.ok ? result.rows[0]?.secret : undefined
  if (typeof secret !== 'string') return refuse('LAB_KID_UNKNOWN', 'No key has this kid.')
  return verifyPinned(jws, secret, { slug: 'kid-sql-injection', algorithms: ['HS256'] })
}

/** Drops the instance's key row when the instance leaves memory. */
export function forget(lab: KidSqlInjectionLab): void {
  void removeLabKey(lab.kid).catch(() => {})
}

export const lab = defineLab({ issueSession, vulnerableVerify, hardenedVerify, forget })
