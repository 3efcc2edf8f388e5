'use client'
/**
 * @module Edit mode: re-sign on every valid edit, with the secret or private key in hand, and
 * put the new token in the input. Without a usable key the token still follows the JSON, with
 * the pasted token's old signature, which then honestly fails to verify. The outcome goes to the
 * playground's reducer.
 */
import { useMemo, useEffect, type Dispatch } from 'react'
import type { KeyInput } from '@/lib/jwt'
import { encodeBase64url } from '@/lib/jwt/base64url'
import { findTokens } from '@/lib/jwt/find'
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
  const pastedSignature = useMemo(() => {
    if (!pasted) return ''
    const found = findTokens(pasted)
    return found.ok ? (found.best.token.split('.')[2] ?? '') : ''
  }, [pasted])
  // The request as one string: the effect re-runs only when what is signed really changes.
  const signId = canSign
    ? JSON.stringify([headerText, payloadText, signKey ?? null, allowNone, pastedSignature])
    : null
  useEffect(() => {
    if (!signId) return
    const [h, p, key, allowUnsecured, oldSignature] = JSON.parse(signId) as [
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
        const result = await jwt.signToken(h, p, { ...(key && { key }), allowUnsecured })
        signed = result.ok
          ? {
              type: 'signed',
              token: result.token,
              error: null,
              warnings: result.warnings.filter((w) => w.code === 'WARN_UNSECURED_TOKEN'),
            }
          : {
              type: 'signed',
              token: `${encodeBase64url(h)}.${encodeBase64url(p)}.${oldSignature}`,
              // No key is not an error here: the editor note already says signing needs one.
              error: result.code === 'ERR_KEY_MISSING' ? null : result,
              warnings: [],
            }
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
