'use client'
/**
 * @module "Wait for expiry": counts down to the token's `exp` plus the server's leeway, then
 * makes the call, so the learner sees the very token that worked a moment ago refused.
 */
import { useEffect, useRef, useState } from 'react'
import { useNow } from './use-now'

export function useExpiryWait({
  token,
  leeway,
  onExpired,
}: {
  token: string | null
  /** The server's clock tolerance, seconds: the token is refused only once it has passed. */
  leeway: number
  onExpired: () => void
}) {
  const [waitUntil, setWaitUntil] = useState<number | null>(null)
  const now = useNow(waitUntil !== null)
  // The wait whose decoder is still loading, or null. A second press, a stop or a new token (a
  // logout, a refresh) clears it, so a decoder that arrives for an older wait starts nothing.
  const loading = useRef<object | null>(null)
  useEffect(() => {
    loading.current = null
  }, [token])

  useEffect(() => {
    if (waitUntil === null) return
    const timer = setTimeout(
      () => {
        setWaitUntil(null)
        onExpired()
      },
      Math.max(0, waitUntil - Date.now()),
    )
    return () => clearTimeout(timer)
  }, [waitUntil, onExpired])

  /** Starts waiting, or stops when already waiting. */
  function stop() {
    loading.current = null
    setWaitUntil(null)
  }

  function toggle() {
    if (waitUntil !== null || loading.current) return stop()
    if (!token) return
    const mine = {}
    loading.current = mine
    // The decoder loads with the first wait, not with the page.
    void import('@/lib/jwt/segment').then(({ peekJws }) => {
      if (loading.current !== mine) return
      loading.current = null
      const exp = peekJws(token)?.payload.exp
      if (typeof exp === 'number') setWaitUntil((exp + leeway + 1) * 1000)
    })
  }

  return {
    waiting: waitUntil !== null,
    /** Whole seconds left, while waiting. */
    secondsLeft: waitUntil === null ? null : Math.max(0, Math.ceil((waitUntil - now) / 1000)),
    toggle,
    stop,
  }
}
