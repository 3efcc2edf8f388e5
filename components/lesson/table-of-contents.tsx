/** @module "On this page": the lesson's headings, as a sidebar on wide screens, collapsed on small. */
import type { TocEntry } from '@/lib/lessons/load'

function Entries({ toc }: { toc: TocEntry[] }) {
  return (
    <ol className="space-y-1.5 text-sm">
      {toc.map((entry) => (
        <li key={entry.id} className={entry.depth === 3 ? 'pl-4' : undefined}>
          <a
            href={`#${entry.id}`}
            className="block rounded-sm text-zinc-700 hover:text-indigo-700 dark:text-zinc-300 dark:hover:text-indigo-300"
          >
            {entry.text}
          </a>
        </li>
      ))}
    </ol>
  )
}

/** `collapsed` above the text on small screens; `sidebar` beside it on wide ones. */
export function TableOfContents({
  toc,
  title,
  variant,
}: {
  toc: TocEntry[]
  title: string
  variant: 'collapsed' | 'sidebar'
}) {
  if (toc.length === 0) return null
  if (variant === 'collapsed')
    return (
      <details className="mb-6 rounded-lg border border-zinc-200 px-4 py-2 lg:hidden dark:border-zinc-800">
        <summary className="cursor-pointer py-1 text-sm font-semibold">{title}</summary>
        <nav aria-label={title} className="py-2">
          <Entries toc={toc} />
        </nav>
      </details>
    )
  return (
    <>
      <nav aria-label={title} className="sticky top-6">
        <p className="mb-3 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">
          {title}
        </p>
        <Entries toc={toc} />
      </nav>
    </>
  )
}
