'use client'
/**
 * @module The labs' solved state from localStorage, read after hydration: the server renders "0
 * of 9" and empty badge slots of the final size, so nothing shifts when the real state arrives.
 */
import { useSyncExternalStore } from 'react'
import { fill } from '@/lib/i18n/fill'
import { readSolved, serverSolved, subscribeSolved } from '@/lib/labs-ui/progress'

export function useSolvedLabs(): readonly string[] {
  return useSyncExternalStore(subscribeSolved, readSolved, serverSolved)
}

export function LabsProgress({
  slugs,
  template,
}: {
  slugs: readonly string[]
  /** "{solved} of {total} solved" */
  template: string
}) {
  const solved = useSolvedLabs().filter((slug) => slugs.includes(slug)).length
  return (
    <p className="font-medium tabular-nums" aria-live="polite">
      {fill(template, { solved, total: slugs.length })}
    </p>
  )
}

export function SolvedBadge({ slug, label }: { slug: string; label: string }) {
  const solved = useSolvedLabs().includes(slug)
  return (
    <span
      className={`inline-block min-w-16 rounded-full px-2 py-0.5 text-center text-xs font-semibold ${
        solved
          ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100'
          : 'invisible'
      }`}
      aria-hidden={!solved}
    >
      {label}
    </span>
  )
}
