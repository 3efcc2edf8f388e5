'use client'

/** @module A clock for countdowns: the current time, re-read every second while `active`. */
import { useEffect, useState } from 'react'

export function useNow(active = true): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!active) return
    const tick = () => setNow(Date.now())
    // The first tick at once: `now` may be stale from before the clock was paused.
    const first = setTimeout(tick, 0)
    const timer = setInterval(tick, 1000)
    return () => {
      clearTimeout(first)
      clearInterval(timer)
    }
  }, [active])
  return now
}
