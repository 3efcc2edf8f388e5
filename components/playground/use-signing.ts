'use client'
/**
 * @module Edit mode: re-sign on every valid edit, with the secret or private key in hand, and
 * put the new token in the input (lib/playground/crypto-tasks' `signEdited`, loaded with jose).
 * The outcome goes to the playground's reducer.
 */
import { useEffect, type Dispatch } from 'react'
import type { KeyInput } from '@/lib/jwt/crypto'
import { loadJwt } from '@/lib/playground/crypto'
import type { PlaygroundAction } from '@/lib/playground/playground-state'

const SIGN_DELAY_MS = 80

export function useSigning(options: {
  /** Editing, and both editors hold a JSON object. */
  canSign: boolean
  headerText: string
  payloadText: string
  signKey: KeyInput | undefined
  allowNone: boolean
  /** The token pasted before editing began, whose signature is reused when nothing signs. */
  pasted: string | null
  dispatch: Dispatch<PlaygroundAction>
}): void {
  const { canSign, headerText, payloadText, signKey, allowNone, pasted, dispatch } = options
  // The request as one string: the effect re-runs only when what is signed really changes.
  const signId = canSign
    ? JSON.stringify([headerText, payloadText, signKey ?? null, allowNone, pasted ?? ''])
    : null
  useEffect(() => {
    if (!signId) return
    const [h, p, key, allowUnsecured, pastedToken] = JSON.parse(signId) as [
      string,
      string,
      KeyInput | null,
      boolean,
      string,
    ]
    let cancelled = false
    const timer = setTimeout(async () => {
      let signed: PlaygroundAction
      try {
        const jwt = await loadJwt()
        signed = await jwt.signEdited(h, p, key, allowUnsecured, pastedToken)
      } catch (error) {
        signed = {
          type: 'signed',
          error: { ok: false, code: 'ERR_INTERNAL', detail: String(error) },
        }
      }
      if (!cancelled) dispatch(signed)
    }, SIGN_DELAY_MS)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [signId, dispatch])
}
