/**
 * @module Lab: the server reads the HMAC key from the file the `kid` names, inside its key folder
 * but with `..` allowed. `/dev/null` is a file every server has, and it is empty.
 */
import { posix } from 'node:path'
import { defineLab } from './lab'
import type { LabJws } from './jws'
import { randomId } from './ids'
import { hmacMatches } from './hmac'
import { verifyPinned } from './hardened'
import { signSession } from './session'
import { KEY_FOLDER, fileTree } from './virtual-files'
import { accept, refuse, type Verdict } from './verdict'

export interface KidTraversalLab {
  /** The instance's (in-memory) file system: path → content. */
  files: ReadonlyMap<string, string>
  /** The hardened server's keys by id: a lookup table, not paths. */
  keys: ReadonlyMap<string, string>
}

/** A fresh instance: a key file in the key folder, and an HS256 token whose `kid` names it. */
export async function issueSession(sid: string, { now }: { now: Date }) {
  const kid = 'signing-key-1.pem'
  const secret = randomId(32)
  const instance: KidTraversalLab = {
    files: fileTree({ [kid]: secret }),
    keys: new Map([[kid, secret]]),
  }
  const token = await signSession('kid-traversal', sid, now, secret, { alg: 'HS256', kid })
  return { instance, token }
}

/** Opens the key file named by `kid` and checks the HS256 signature with its content. */
export async function vulnerableVerify(jws: LabJws, lab: KidTraversalLab): Promise<Verdict> {
  if (jws.header.alg !== 'HS256') return refuse('LAB_ALG_NOT_ALLOWED', 'Only HS256 is accepted.')
  const path = posix.join(KEY_FOLDER, String(jws.header.kid))
  const key = lab.files.get(path)
  if (key === undefined) return refuse('LAB_KID_UNKNOWN', `There is no file ${path}.`)
  if (!hmacMatches(jws, key)) {
    return refuse('LAB_SIGNATURE_INVALID', `The signature does not match the key in ${path}.`)
  }
  return accept(jws.payload)
}

/** `kid` is a name to look up among the server's keys, never a path to open. */
export async function hardenedVerify(jws: LabJws, lab: KidTraversalLab): Promise<Verdict> {
  const key = typeof jws.header.kid === 'string' ? lab.keys.get(jws.header.kid) : undefined
  if (key === undefined)
    return refuse('LAB_KID_UNKNOWN', 'The kid names none of the server’s keys.')
  return verifyPinned(jws, key, { slug: 'kid-traversal', algorithms: ['HS256'] })
}

export const lab = defineLab({ issueSession, vulnerableVerify, hardenedVerify })
