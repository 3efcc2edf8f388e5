'use client'
/**
 * @module "Generate": a fresh secret for HS*, or a key pair for the others, made in the browser
 * with jose (loaded on demand), filled into the key fields and shown as PEM and JWK.
 */
import { useState, type Dispatch } from 'react'
import type { JwtFailure } from '@/lib/jwt/errors'
import { loadJwt } from '@/lib/playground/crypto'
import type { PlaygroundAction } from '@/lib/playground/playground-state'

export function useKeyGeneration(alg: string, hmac: boolean, dispatch: Dispatch<PlaygroundAction>) {
  const [generating, setGenerating] = useState(false)
  const [generateError, setGenerateError] = useState<JwtFailure | null>(null)

  async function generate() {
    setGenerating(true)
    setGenerateError(null)
    try {
      const jwt = await loadJwt()
      if (hmac) {
        const secret = jwt.generateHmacSecret(alg)
        if (!secret.ok) return setGenerateError(secret)
        dispatch({
          type: 'generated',
          patch: { secret: secret.base64url, secretEncoding: 'base64url' },
          generated: {
            kind: 'secret',
            bytes: secret.bytes.length,
            base64url: secret.base64url,
            hex: secret.hex,
            jwk: JSON.stringify(secret.jwk, null, 2),
          },
        })
      } else {
        const pair = await jwt.generateKeyPairFor(alg)
        if (!pair.ok) return setGenerateError(pair)
        dispatch({
          type: 'generated',
          patch: { publicKey: pair.publicPem, publicFormat: 'auto', privateKey: pair.privatePem },
          generated: {
            kind: 'pair',
            alg: pair.alg,
            publicPem: pair.publicPem,
            privatePem: pair.privatePem,
            publicJwk: JSON.stringify(pair.publicJwk, null, 2),
            privateJwk: JSON.stringify(pair.privateJwk, null, 2),
          },
        })
      }
    } catch (error) {
      setGenerateError({ ok: false, code: 'ERR_KEY_GENERATION', alg, detail: String(error) })
    } finally {
      setGenerating(false)
    }
  }

  return { generate, generating, generateError }
}
