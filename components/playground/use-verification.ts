'use client'
/**
 * @module Verifying the token with jose (loaded on demand), debounced while typing. A result
 * only counts for the exact token, key and allow-list it was computed for, so a stale "verified"
 * can never show next to a changed token.
 */
import { useEffect, useMemo, useState } from 'react'
import type { KeyInput, VerifyResult } from '@/lib/jwt/crypto'
import type { DecodedJws } from '@/lib/jwt/decode'
import { loadJwt } from '@/lib/playground/crypto'
import { allowListFor } from '@/lib/playground/keys'

/** A long token is costly to verify on every keystroke: wait for a longer pause. */
function debounceFor(token: string): number {
  return token.length > 16_000 ? 250 : 60
}

/** The verification result for this token, key and algorithm; undefined while pending or moot. */
export function useVerification(
  token: string | undefined,
  jws: DecodedJws | undefined,
  verifyKey: KeyInput | undefined,
  alg: string,
): VerifyResult | undefined {
  const allowList = useMemo(() => allowListFor(alg), [alg])
  const verifiable = jws && !jws.partial && !jws.unsecured
  // The request as one string: the effect re-runs only when what is verified really changes.
  // Memoized: a 64 KB token is not serialized again on every keystroke elsewhere on the page.
  // The key is a new object on every render, so it is compared as (short) text.
  const keyText = verifyKey ? JSON.stringify(verifyKey) : null
  const verifyId = useMemo(
    () =>
      token && keyText && verifiable
        ? JSON.stringify([token, allowList, JSON.parse(keyText) as KeyInput])
        : null,
    [token, keyText, verifiable, allowList],
  )
  const [verification, setVerification] = useState<{ id: string; result: VerifyResult } | null>(
    null,
  )
  useEffect(() => {
    if (!verifyId) return
    const [t, algorithms, key] = JSON.parse(verifyId) as [string, string[], KeyInput]
    let cancelled = false
    const timer = setTimeout(async () => {
      let result: VerifyResult
      try {
        const jwt = await loadJwt()
        result = await jwt.verifyToken(t, { key, algorithms })
      } catch (error) {
        result = {
          ok: false,
          code: 'ERR_INTERNAL',
          stage: 'signature',
          detail: String(error),
          warnings: [],
        }
      }
      if (!cancelled) setVerification({ id: verifyId, result })
    }, debounceFor(t))
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [verifyId])
  return verification?.id === verifyId ? verification.result : undefined
}
