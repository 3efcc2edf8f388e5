'use client'
/**
 * @module Opens the site's links without reloading the page. Pages render plain `<a href>`, not
 * next/link, whose code was ~2.5 KB gzip of every page's first load (issue 15): one listener sends
 * a click on a link to another page through the App Router (layouts stay, only the new segment's
 * payload is fetched) and prefetches a page when the reader points at, touches or focuses its
 * link. Modified clicks, new tabs, downloads, other origins, files and links within the same page
 * keep the browser's own behaviour, and so does a click some handler has already taken.
 */
import { useEffect } from 'react'
import { useRouter } from 'next/navigation'
import { clickedPageLink, pageLink } from './link-destination'

const INTENT = ['pointerover', 'touchstart', 'focusin'] as const

export function LinkRouter() {
  const router = useRouter()
  useEffect(() => {
    const prefetched = new Set<string>()
    const prefetch = (event: Event) => {
      const anchor = pageLink(event.target)
      if (!anchor || anchor.pathname === window.location.pathname) return
      const href = anchor.pathname + anchor.search
      if (prefetched.has(href)) return
      prefetched.add(href)
      router.prefetch(href)
    }
    // Bubbling, on the window: after React's handlers (a glossary term's tap on touch, the
    // language switcher keeping a fragment) have had their say.
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented) return
      const anchor = clickedPageLink(event, window.location.pathname)
      if (!anchor) return
      event.preventDefault()
      router.push(anchor.pathname + anchor.search + anchor.hash)
    }
    INTENT.forEach((type) => document.addEventListener(type, prefetch, { passive: true }))
    window.addEventListener('click', onClick)
    return () => {
      INTENT.forEach((type) => document.removeEventListener(type, prefetch))
      window.removeEventListener('click', onClick)
    }
  }, [router])
  return null
}
