/**
 * @module Lab: the server loads its verification keys from the URL in the token's `jku` header.
 * Publish a key set of your own on the exploit server and point `jku` at it.
 */
import { defineLab, type LabContext } from './lab'
import { labJwksPath } from './catalog'
import type { LabJws } from './jws'
import { labKeyPair, type LabKeyPair } from './keys'
import { fetchJwks } from './lab-network'
import { verifyPinned } from './hardened'
import { importPublicJwk, signatureVerifies } from './signature'
import { signSession } from './session'
import { refuse, type Verdict } from './verdict'

export interface JkuInjectionLab {
  sid: string
  keys: LabKeyPair
}

/** The instance's own key-set URL: the one `jku` its session tokens carry. */
function ownJwksUrl(lab: JkuInjectionLab, origin: string): string {
  return `${origin}${labJwksPath('jku-injection', lab.sid)}`
}

/** A fresh instance: an RSA key pair, and an RS256 token whose `jku` names the instance's JWKS. */
export async function issueSession(sid: string, context: LabContext) {
  const instance: JkuInjectionLab = { sid, keys: await labKeyPair('RS256') }
  const { kid, privateKey } = instance.keys
  const jku = ownJwksUrl(instance, context.origin)
  const token = await signSession('jku-injection', sid, context.now, privateKey, {
    alg: 'RS256',
    kid,
    jku,
  })
  return { instance, token }
}

/** Fetches the key set the header points at and verifies with its key for `kid`. */
export async function vulnerableVerify(
  jws: LabJws,
  lab: JkuInjectionLab,
  context: LabContext,
): Promise<Verdict> {
  const own = { url: ownJwksUrl(lab, context.origin), keys: [lab.keys.publicJwk] }
  const url = typeof jws.header.jku === 'string' ? jws.header.jku : own.url
  const jwks = await fetchJwks(url, own, context.origin)
  if (!jwks.ok) return jwks
  const jwk = jwks.keys.find((key) => key.kid === jws.header.kid) ?? jwks.keys[0]
  const key = await importPublicJwk(jwk, jws.header.alg)
  if (!key) return refuse('LAB_KID_UNKNOWN', 'The key set has no usable key for this token.')
  return signatureVerifies(jws, key)
}

/** The key set is configuration: a `jku` is honoured only when it is exactly the server's own. */
export async function hardenedVerify(
  jws: LabJws,
  lab: JkuInjectionLab,
  context: LabContext,
): Promise<Verdict> {
  const allowed = ownJwksUrl(lab, context.origin)
  if (jws.header.jku !== undefined && jws.header.jku !== allowed) {
    return refuse('LAB_JKU_NOT_ALLOWED', `Keys are only loaded from ${allowed}.`)
  }
  return verifyPinned(jws, lab.keys.publicKey, { slug: 'jku-injection', algorithms: ['RS256'] })
}

/** The instance's public key, as its jwks.json (the legitimate `jku`) serves it. */
export function publicJwks(lab: JkuInjectionLab) {
  return { keys: [lab.keys.publicJwk] }
}

export const lab = defineLab({ issueSession, vulnerableVerify, hardenedVerify, publicJwks })
