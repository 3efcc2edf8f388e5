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
      const result = await jwt.generateFor(alg, hmac)
      if ('ok' in result) setGenerateError(result)
      else dispatch(result)
    } catch (error) {
      setGenerateError({ ok: false, code: 'ERR_KEY_GENERATION', alg, detail: String(error) })
    } finally {
      setGenerating(false)
    }
  }

  return { generate, generating, generateError }
}
