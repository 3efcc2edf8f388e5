'use client'
/** @module Marks a lesson read once the reader reaches its end (an invisible marker scrolls into view). */
import { useEffect, useRef } from 'react'

// The progress store loads when the marker is reached, not with the page.
const markLessonRead = (slug: string) =>
  void import('@/lib/lessons/progress').then((m) => m.markLessonRead(slug))

export function MarkRead({ slug }: { slug: string }) {
  const marker = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const element = marker.current
    if (!element) return
    if (typeof IntersectionObserver === 'undefined') {
      markLessonRead(slug)
      return
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        markLessonRead(slug)
        observer.disconnect()
      }
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [slug])
  return <div ref={marker} aria-hidden="true" className="h-px" />
}
