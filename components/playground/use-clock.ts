'use client'
/**
 * @module The playground's "now": the real clock, ticking once a second, unless the learner has
 * fixed a time to see how the token reads then. The clock ticks only in the browser, so the
 * server renders no relative times (null until the first tick).
 */
import { useEffect, useState } from 'react'

/** `fixedNow`: the time the learner fixed (kept in the playground's reducer), or null. */
export function useClock(fixedNow: number | null) {
  const [clock, setClock] = useState<number | null>(null)
  useEffect(() => {
    const tick = () => setClock(Date.now())
    const first = setTimeout(tick, 0)
    const timer = setInterval(tick, 1000)
    return () => {
      clearTimeout(first)
      clearInterval(timer)
    }
  }, [])
  return { clock, nowMs: fixedNow ?? clock }
}
