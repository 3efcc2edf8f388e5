'use client'
/**
 * @module On a 404 under /learn/, the link to the lesson the address most likely meant (loaded by
 * ClosestLesson only where a 404 renders).
 */
import { usePathname } from 'next/navigation'
import { closestLesson } from '@/lib/lessons/closest'

import type { LessonLinkTarget } from './closest-lesson'

export function ClosestLessonLink({
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
      <a
        href={lesson.href}
        className="font-medium text-indigo-700 underline underline-offset-4 dark:text-indigo-300"
      >
        {lesson.title}
      </a>
      {after}
    </p>
  )
}
