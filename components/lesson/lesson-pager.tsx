/** @module Previous and next lesson links at the end of a lesson. */
import type { Locale } from '@/lib/i18n/routing'
import type { LessonMeta } from '@/lib/lessons/load'
import { localizeHref } from '@/lib/i18n/paths'

type Labels = { nav: string; previous: string; next: string }

function PagerLink({
  lesson,
  locale,
  label,
  rel,
}: {
  lesson: LessonMeta
  locale: Locale
  label: string
  rel: 'prev' | 'next'
}) {
  return (
    <a
      href={localizeHref(`/learn/${lesson.slug}`, locale)}
      rel={rel}
      className={`flex h-full flex-col gap-1 rounded-xl border border-zinc-200 p-4 hover:border-indigo-400 hover:bg-zinc-50 dark:border-zinc-800 dark:hover:border-indigo-500 dark:hover:bg-zinc-900 ${rel === 'next' ? 'text-right' : ''}`}
    >
      <span className="text-sm text-zinc-600 dark:text-zinc-400">
        {rel === 'prev' ? '← ' : ''}
        {label}
        {rel === 'next' ? ' →' : ''}
      </span>
      <span className="font-semibold">{lesson.title}</span>
    </a>
  )
}

export function LessonPager({
  previous,
  next,
  locale,
  labels,
}: {
  previous?: LessonMeta
  next?: LessonMeta
  locale: Locale
  labels: Labels
}) {
  if (!previous && !next) return null
  return (
    <nav
      aria-label={labels.nav}
      className="mt-12 grid gap-4 border-t border-zinc-200 pt-8 sm:grid-cols-2 dark:border-zinc-800"
    >
      <div>
        {previous && (
          <PagerLink lesson={previous} locale={locale} label={labels.previous} rel="prev" />
        )}
      </div>
      <div>
        {next && <PagerLink lesson={next} locale={locale} label={labels.next} rel="next" />}
      </div>
    </nav>
  )
}
