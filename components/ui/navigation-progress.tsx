'use client'
/**
 * @module A thin bar at the top of the window while a navigation takes longer than ~100 ms, so a
 * click never seems to do nothing. It starts on a click on a link to another page of the site
 * (or on Back/Forward) and ends when the new path renders. The bar pulses, or stands still for
 * readers who ask for less motion.
 */
import { useEffect, useRef, useState } from 'react'
import { usePathname } from 'next/navigation'
import { clickedPageLink } from './link-destination'

const SHOW_AFTER_MS = 100
// A navigation that never arrives (offline, a stalled server) must not leave the bar forever.
const GIVE_UP_MS = 15_000

export function NavigationProgress({ label }: { label: string }) {
  const pathname = usePathname()
  // The path a slow navigation started from: the bar shows while that path is still on screen.
  const [slowFrom, setSlowFrom] = useState<string | null>(null)
  const rendered = useRef(pathname)
  const timers = useRef<Array<ReturnType<typeof setTimeout>>>([])

  useEffect(() => {
    const stop = () => {
      timers.current.forEach(clearTimeout)
      timers.current = []
      setSlowFrom(null)
    }
    const start = () => {
      stop()
      const from = rendered.current
      timers.current = [
        setTimeout(() => setSlowFrom(from), SHOW_AFTER_MS),
        setTimeout(stop, GIVE_UP_MS),
      ]
    }
    const onClickCapture = (event: MouseEvent) => {
      if (clickedPageLink(event, rendered.current)) start()
    }
    // After every handler ran: a link that toggles something (a glossary term on touch has
    // aria-expanded) and cancelled its own default is not navigating.
    const onClick = (event: MouseEvent) => {
      const anchor = (event.target as Element | null)?.closest?.('a[href]')
      if (event.defaultPrevented && anchor?.hasAttribute('aria-expanded')) stop()
    }
    const onPopState = () => {
      if (window.location.pathname !== rendered.current) start()
    }
    // Coming back from the back/forward cache restores the page as it was left: mid-navigation.
    const onPageShow = (event: PageTransitionEvent) => event.persisted && stop()
    window.addEventListener('click', onClickCapture, true)
    window.addEventListener('click', onClick)
    window.addEventListener('popstate', onPopState)
    window.addEventListener('pageshow', onPageShow)
    return () => {
      stop()
      window.removeEventListener('click', onClickCapture, true)
      window.removeEventListener('click', onClick)
      window.removeEventListener('popstate', onPopState)
      window.removeEventListener('pageshow', onPageShow)
    }
  }, [])

  useEffect(() => {
    rendered.current = pathname
    timers.current.forEach(clearTimeout)
    timers.current = []
  }, [pathname])

  // The new page is here: forget the navigation (set during render, as React advises for state
  // that follows a prop), so coming back to the old path later shows no stale bar.
  const [shownPath, setShownPath] = useState(pathname)
  if (shownPath !== pathname) {
    setShownPath(pathname)
    setSlowFrom(null)
  }

  if (slowFrom !== pathname) return null
  return (
    <div
      role="progressbar"
      aria-label={label}
      className="fixed inset-x-0 top-0 z-50 h-1 bg-indigo-100 dark:bg-indigo-950"
    >
      <div className="h-full w-2/3 rounded-r-full bg-indigo-600 motion-safe:animate-pulse dark:bg-indigo-400" />
    </div>
  )
}
