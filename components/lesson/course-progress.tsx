'use client'
/**
 * @module The learner's progress on the course index: a summary line and a status per lesson.
 * Read from localStorage after hydration; the server renders the empty state.
 */
import { useSyncExternalStore } from 'react'
import { readProgress, serverProgress, subscribeProgress } from '@/lib/lessons/progress'

function useProgress() {
  return useSyncExternalStore(subscribeProgress, readProgress, serverProgress)
}

export function ProgressSummary({
  slugs,
  template,
}: {
  slugs: string[]
  /** Contains `{read}`, `{passed}` and `{total}`. */
  template: string
}) {
  const progress = useProgress()
  const read = slugs.filter((slug) => progress.read.includes(slug)).length
  const passed = slugs.filter((slug) => progress.passed.includes(slug)).length
  return (
    <p role="status" className="font-medium" data-testid="progress-summary">
      {template
        .replace('{read}', String(read))
        .replace('{passed}', String(passed))
        .replaceAll('{total}', String(slugs.length))}
    </p>
  )
}

export function LessonStatus({
  slug,
  labels,
}: {
  slug: string
  labels: { read: string; passed: string }
}) {
  const progress = useProgress()
  const read = progress.read.includes(slug)
  const passed = progress.passed.includes(slug)
  if (!read && !passed) return null
  return (
    <span className="flex flex-wrap gap-2 text-xs font-medium">
      {read && (
        <span className="rounded-full bg-zinc-200 px-2 py-0.5 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200">
          ✓ {labels.read}
        </span>
      )}
      {passed && (
        <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">
          ★ {labels.passed}
        </span>
      )}
    </span>
  )
}
