'use client'
/**
 * @module Edit mode: re-sign on every valid edit, with the secret or private key in hand, and
 * put the new token in the input. Without a usable key the token still follows the JSON, with
 * the pasted token's old signature, which then honestly fails to verify.
 */
import { useMemo, useEffect, useState, type Dispatch, type SetStateAction } from 'react'
import type { KeyInput } from '@/lib/jwt/crypto'
import { encodeBase64url } from '@/lib/jwt/base64url'
import type { JwtFailure, JwtWarning } from '@/lib/jwt/errors'
import { findTokens } from '@/lib/jwt/find'
import { loadJwt } from '@/lib/playground/crypto'
import type { SavedState } from '@/lib/playground/storage'

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
  setState: Dispatch<SetStateAction<SavedState>>
}) {
  const { canSign, headerText, payloadText, signKey, allowNone, pasted, setState } = options
  const pastedSignature = useMemo(() => {
    if (!pasted) return ''
    const found = findTokens(pasted)
    return found.ok ? (found.best.token.split('.')[2] ?? '') : ''
  }, [pasted])
  // The request as one string: the effect re-runs only when what is signed really changes.
  const signId = canSign
    ? JSON.stringify([headerText, payloadText, signKey ?? null, allowNone, pastedSignature])
    : null
  const [signError, setSignError] = useState<JwtFailure | null>(null)
  const [signWarnings, setSignWarnings] = useState<JwtWarning[]>([])
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
      let next: string
      try {
        const jwt = await loadJwt()
        const result = await jwt.signToken(h, p, { ...(key && { key }), allowUnsecured })
        if (cancelled) return
        if (result.ok) {
          setSignError(null)
          setSignWarnings(result.warnings.filter((w) => w.code === 'WARN_UNSECURED_TOKEN'))
          next = result.token
        } else {
          // No key is not an error here: the editor note already says signing needs one.
          setSignError(result.code === 'ERR_KEY_MISSING' ? null : result)
          setSignWarnings([])
          next = `${encodeBase64url(h)}.${encodeBase64url(p)}.${oldSignature}`
        }
      } catch (error) {
        if (cancelled) return
        setSignError({ ok: false, code: 'ERR_INTERNAL', detail: String(error) })
        return
      }
      setState((s) => (s.mode === 'encode' ? { ...s, input: next } : s))
    }, SIGN_DELAY_MS)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [signId, setState])

  return {
    signError,
    signWarnings,
    /** Forgets the last signing outcome, error and warnings both. */
    clearSigning: () => {
      setSignError(null)
      setSignWarnings([])
    },
  }
}
