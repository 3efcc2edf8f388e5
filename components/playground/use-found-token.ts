'use client'
/**
 * @module Finding and decoding the token in whatever was pasted. Synchronous and jose-free (it is
 * part of the first load), but deferred, so typing in a 64 KB token stays smooth.
 */
import { useDeferredValue, useMemo } from 'react'
import { decodeToken } from '@/lib/jwt/decode'
import { findTokens } from '@/lib/jwt/find'

/** `picked`: which of several tokens in the input the learner chose; null: the best guess. */
export function useFoundToken(text: string, picked: number | null) {
  const input = useDeferredValue(text)
  const found = useMemo(() => findTokens(input), [input])
  const tokens = found.ok ? found.tokens : []
  const current = found.ok
    ? picked !== null && tokens[picked]
      ? tokens[picked]
      : found.best
    : undefined
  const token = current?.token
  const decoded = useMemo(
    () => (token ? decodeToken(token, { payload: 'any' }) : undefined),
    [token],
  )
  const jws = decoded?.ok && decoded.kind === 'jws' ? decoded : undefined
  const tokenAlg = decoded?.ok
    ? decoded.alg
    : typeof decoded?.header?.alg === 'string'
      ? decoded.header.alg
      : undefined
  return { found, current, token, decoded, jws, tokenAlg }
}
