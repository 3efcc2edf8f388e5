/**
 * @module The lesson's framing blocks: <Intro>, <YouWillLearn>, <Note>, <Pitfall>,
 * <DeepDive title> (collapsed), <Recap>. Server components; titles come from the catalog.
 */
import type { ReactNode } from 'react'
import { getTranslations } from 'next-intl/server'

// Trims the outer margins of the first and last MDX block inside a box.
const FLUSH = '[&>:first-child]:mt-0 [&>:last-child]:mb-0'

export function Intro({ children }: { children?: ReactNode }) {
  return (
    <div className={`text-lg text-zinc-700 dark:text-zinc-300 ${FLUSH}`} data-lesson="intro">
      {children}
    </div>
  )
}

async function Box({
  kind,
  tone,
  icon,
  children,
}: {
  kind: 'youWillLearn' | 'note' | 'pitfall' | 'recap'
  tone: string
  icon: string
  children?: ReactNode
}) {
  const t = await getTranslations('Lessons')
  return (
    <aside className={`my-6 rounded-xl border px-4 py-3 sm:px-5 ${tone}`} aria-label={t(kind)}>
      <p className="mb-2 flex items-center gap-2 text-sm font-semibold">
        <span aria-hidden="true">{icon}</span>
        {t(kind)}
      </p>
      <div className={FLUSH}>{children}</div>
    </aside>
  )
}

export function YouWillLearn({ children }: { children?: ReactNode }) {
  return (
    <Box
      kind="youWillLearn"
      icon="◎"
      tone="border-indigo-200 bg-indigo-50 dark:border-indigo-900 dark:bg-indigo-950/40"
    >
      {children}
    </Box>
  )
}

export function Note({ children }: { children?: ReactNode }) {
  return (
    <Box
      kind="note"
      icon="ℹ"
      tone="border-sky-200 bg-sky-50 dark:border-sky-900 dark:bg-sky-950/40"
    >
      {children}
    </Box>
  )
}

export function Pitfall({ children }: { children?: ReactNode }) {
  return (
    <Box
      kind="pitfall"
      icon="⚠"
      tone="border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/40"
    >
      {children}
    </Box>
  )
}

export function Recap({ children }: { children?: ReactNode }) {
  return (
    <Box
      kind="recap"
      icon="✓"
      tone="border-emerald-200 bg-emerald-50 dark:border-emerald-900 dark:bg-emerald-950/40"
    >
      {children}
    </Box>
  )
}

export async function DeepDive({ title, children }: { title: string; children?: ReactNode }) {
  const t = await getTranslations('Lessons')
  return (
    <details className="group my-6 rounded-xl border border-violet-200 bg-violet-50 px-4 py-3 sm:px-5 dark:border-violet-900 dark:bg-violet-950/40">
      <summary className="cursor-pointer list-none rounded-md font-semibold [&::-webkit-details-marker]:hidden">
        <span className="mr-2 text-xs tracking-wide text-violet-800 uppercase dark:text-violet-300">
          {t('deepDive')}
        </span>
        <span className="inline-block transition-transform group-open:rotate-90" aria-hidden="true">
          ▸
        </span>{' '}
        {title}
      </summary>
      <div className={`mt-3 ${FLUSH}`}>{children}</div>
    </details>
  )
}
