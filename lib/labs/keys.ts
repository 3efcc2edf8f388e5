/** @module The labs' key pairs: made by lib/jwt's generator, kept as JWK, PEM and CryptoKeys. */
import { importJWK, type CryptoKey, type JWK } from 'jose'
import { generateKeyPairFor } from '@/lib/jwt/crypto'
import { randomId } from './ids'

export interface LabKeyPair {
  alg: 'RS256' | 'ES256'
  kid: string
  /** With `kid`, `alg` and `use`: what the instance's jwks.json serves. */
  publicJwk: JWK
  /** SPKI PEM, byte for byte what /api/labs/algorithm-confusion/public.pem serves. */
  publicPem: string
  publicKey: CryptoKey
  privateKey: CryptoKey
}

/** A fresh key pair for a lab instance (RSA keys are 2048 bits). */
export async function labKeyPair(alg: 'RS256' | 'ES256'): Promise<LabKeyPair> {
  const pair = await generateKeyPairFor(alg)
  if (!pair.ok) throw new Error(`Could not generate a ${alg} key pair: ${pair.code}`)
  const kid = randomId(8)
  const publicJwk: JWK = { ...pair.publicJwk, kid }
  return {
    alg,
    kid,
    publicJwk,
    publicPem: pair.publicPem,
    publicKey: (await importJWK(publicJwk, alg)) as CryptoKey,
    privateKey: (await importJWK({ ...pair.privateJwk, kid }, alg)) as CryptoKey,
  }
}
