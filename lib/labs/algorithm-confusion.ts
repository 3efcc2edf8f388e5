/**
 * @module Lab (CVE-2022-23541 class): the server calls `verify(token, publicKeyPem)` and lets the
 * header pick the algorithm, as jsonwebtoken 8 did without `algorithms`. With `HS256`, the PEM
 * text becomes the HMAC secret, and that text is public.
 */
import { importSPKI } from 'jose'
import { defineLab } from './lab'
import type { LabJws } from './jws'
import { labKeyPair, type LabKeyPair } from './keys'
import { hmacMatches } from './hmac'
import { verifyPinned } from './hardened'
import { signatureVerifies } from './signature'
import { signSession } from './session'
import { accept, refuse, type Verdict } from './verdict'

export interface AlgorithmConfusionLab {
  keys: LabKeyPair
}

/** A fresh instance: an RSA key pair (its public PEM is served), and the learner's RS256 token. */
export async function issueSession(sid: string, { now }: { now: Date }) {
  const instance: AlgorithmConfusionLab = { keys: await labKeyPair('RS256') }
  const { kid, privateKey } = instance.keys
  const token = await signSession('algorithm-confusion', sid, now, privateKey, {
    alg: 'RS256',
    kid,
  })
  return { instance, token }
}

/** verify(token, secretOrPublicKey): the header's `alg` decides what the PEM text is. */
export async function vulnerableVerify(jws: LabJws, lab: AlgorithmConfusionLab): Promise<Verdict> {
  const secretOrPublicKey = lab.keys.publicPem
  switch (jws.header.alg) {
    case 'RS256':
      return signatureVerifies(jws, await importSPKI(secretOrPublicKey, 'RS256'))
    case 'HS256':
      if (!hmacMatches(jws, secretOrPublicKey)) {
        return refuse('LAB_SIGNATURE_INVALID', 'The HS256 signature does not match.')
      }
      return accept(jws.payload)
    default:
      return refuse('LAB_ALG_NOT_ALLOWED', 'Only RS256 and HS256 are implemented.')
  }
}

/** An RSA public key verifies RS256 and nothing else: the algorithm is pinned with the key. */
export async function hardenedVerify(jws: LabJws, lab: AlgorithmConfusionLab): Promise<Verdict> {
  return verifyPinned(jws, lab.keys.publicKey, {
    slug: 'algorithm-confusion',
    algorithms: ['RS256'],
  })
}

/** The instance's public key, as its jwks.json serves it. */
export function publicJwks(lab: AlgorithmConfusionLab) {
  return { keys: [lab.keys.publicJwk] }
}

export const lab = defineLab({ issueSession, vulnerableVerify, hardenedVerify, publicJwks })
