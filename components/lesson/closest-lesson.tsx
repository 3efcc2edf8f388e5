'use client'
/**
 * @module On a 404 under /learn/, a link to the lesson the address most likely meant. A client
 * leaf because a not-found page is not told its path; it still renders on the server, where
 * usePathname knows it.
 */
import NextLink from 'next/link'
import { usePathname } from 'next/navigation'
import { closestLesson } from '@/lib/lessons/closest'

export type LessonLinkTarget = { slug: string; title: string; href: string }

export function ClosestLesson({
  lessons,
  template,
}: {
  lessons: LessonLinkTarget[]
  /** Contains `{lesson}`, where the link goes. */
  template: string
}) {
  const match = /\/learn\/([^/?#]+)/.exec(usePathname() ?? '')
  const lesson = match ? closestLesson(match[1]!, lessons) : undefined
  if (!lesson) return null
  const [before = '', after = ''] = template.split('{lesson}')
  return (
    <p className="text-lg">
      {before}
      <NextLink
        href={lesson.href}
        className="font-medium text-indigo-700 underline underline-offset-4 dark:text-indigo-300"
      >
        {lesson.title}
      </NextLink>
      {after}
    </p>
  )
}
