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
  // Bumped by every toggle, stop and new token: a decoder that arrives for an older one starts
  // nothing (a second press, a logout or a refresh came first).
  const request = useRef(0)
  const loading = useRef(0)
  useEffect(() => {
    request.current++
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
    request.current++
    setWaitUntil(null)
  }

  function toggle() {
    const pending = request.current > 0 && loading.current === request.current
    if (waitUntil !== null || pending) return stop()
    if (!token) return
    const mine = ++request.current
    loading.current = mine
    // The decoder loads with the first wait, not with the page.
    void import('@/lib/jwt/segment').then(({ peekJws }) => {
      if (request.current !== mine) return
      loading.current = 0
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
