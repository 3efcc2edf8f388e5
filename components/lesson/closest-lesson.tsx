'use client'
/**
 * @module On a 404 under /learn/, a link to the lesson the address most likely meant. A client
 * leaf because a not-found page is not told its path; it still renders on the server, where
 * usePathname knows it. Every page carries its layout's 404 in its payload, so the matching and
 * the link are a lazy part that only a rendered 404 loads, not every page's first load.
 */
import { lazy, Suspense } from 'react'

export type LessonLinkTarget = { slug: string; title: string; href: string }

const ClosestLessonLink = lazy(() =>
  import('./closest-lesson-link').then((m) => ({ default: m.ClosestLessonLink })),
)

export function ClosestLesson(props: {
  lessons: LessonLinkTarget[]
  /** Contains `{lesson}`, where the link goes. */
  template: string
}) {
  return (
    <Suspense>
      <ClosestLessonLink {...props} />
    </Suspense>
  )
}
