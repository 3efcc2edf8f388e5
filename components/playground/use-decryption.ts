'use client'
/**
 * @module Decrypting the JWE on screen with jose (loaded on demand), debounced while typing the
 * key. A result only counts for the exact token and key it was computed for, so a stale
 * plaintext can never show beside a changed token or key.
 */
import { useEffect, useState } from 'react'
import type { DecryptResult, JweKeyInput } from '@/lib/jwt/crypto'
import { loadJwt } from '@/lib/playground/crypto'

/** The decryption of `token` with `key`: undefined while pending or when there is no key. */
export function useDecryption(
  token: string | undefined,
  key: JweKeyInput | undefined,
): DecryptResult | undefined {
  const requestId = token && key ? JSON.stringify([token, key]) : null
  const [done, setDone] = useState<{ id: string; result: DecryptResult } | null>(null)
  useEffect(() => {
    if (!requestId) return
    const [t, k] = JSON.parse(requestId) as [string, JweKeyInput]
    let cancelled = false
    const timer = setTimeout(async () => {
      let result: DecryptResult
      try {
        result = await (await loadJwt()).decryptJwe(t, k)
      } catch (error) {
        // Only a failure to load jose itself lands here; decryptJwe never throws.
        result = { ok: false, code: 'ERR_INTERNAL', detail: String(error) }
      }
      if (!cancelled) setDone({ id: requestId, result })
    }, 80)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [requestId])
  return done?.id === requestId ? done.result : undefined
}
