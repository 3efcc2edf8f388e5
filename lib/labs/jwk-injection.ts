/**
 * @module Lab (CVE-2018-0114): the server verifies with the public key the token's own header
 * carries in `jwk`. Sign with a key pair of your own and embed its public half.
 */
import { defineLab } from './lab'
import type { LabJws } from './jws'
import { labKeyPair, type LabKeyPair } from './keys'
import { verifyPinned } from './hardened'
import { signatureVerifies, importPublicJwk } from './signature'
import { signSession } from './session'
import { refuse, type Verdict } from './verdict'

export interface JwkInjectionLab {
  keys: LabKeyPair
}

/** A fresh instance: an RSA key pair, and the learner's RS256 token naming it by `kid`. */
export async function issueSession(sid: string, context: { now: Date }) {
  const instance: JwkInjectionLab = { keys: await labKeyPair('RS256') }
  const { kid, privateKey } = instance.keys
  const token = await signSession('jwk-injection', sid, context.now, privateKey, {
    alg: 'RS256',
    kid,
  })
  return { instance, token }
}

/** Uses the key the header brings when there is one, and the server's own key otherwise. */
export async function vulnerableVerify(jws: LabJws, lab: JwkInjectionLab): Promise<Verdict> {
  if (jws.header.jwk === undefined) return signatureVerifies(jws, lab.keys.publicKey)
  const key = await importPublicJwk(jws.header.jwk, jws.header.alg)
  if (!key) return refuse('LAB_SIGNATURE_INVALID', 'The header’s jwk is not a key for its alg.')
  return signatureVerifies(jws, key)
}

/** The key comes from the server's configuration, never from the token it is meant to check. */
export async function hardenedVerify(jws: LabJws, lab: JwkInjectionLab): Promise<Verdict> {
  if (jws.header.jwk !== undefined) {
    return refuse('LAB_EMBEDDED_JWK_REFUSED', 'Keys in the token header are not trusted here.')
  }
  return verifyPinned(jws, lab.keys.publicKey, { slug: 'jwk-injection', algorithms: ['RS256'] })
}

/** The instance's public key, as its jwks.json serves it. */
export function publicJwks(lab: JwkInjectionLab) {
  return { keys: [lab.keys.publicJwk] }
}

export const lab = defineLab({ issueSession, vulnerableVerify, hardenedVerify, publicJwks })
