/**
 * @module The server code of one demo step beside the seed-style version, highlighted at build
 * time with the lessons' Shiki setup. A server component: no highlighter reaches the browser.
 */
import { hastToHtml } from 'shiki'
import { highlightToHast } from '@/lib/mdx/rehype-shiki.mjs'
import type { CodeSample } from '@/lib/demo/code-samples'

/** One highlighted source figure; the labs pages show their verifiers with it too. */
export async function Highlighted({
  code,
  lang,
  label,
}: {
  code: string
  lang: string
  label: string
}) {
  const pre = await highlightToHast(code, lang)
  const html = pre ? hastToHtml(pre) : null
  return (
    <figure className="min-w-0 overflow-hidden rounded-lg border border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900">
      <figcaption className="border-b border-zinc-200 px-3 py-1.5 text-xs font-medium text-zinc-700 dark:border-zinc-800 dark:text-zinc-300">
        {label}
      </figcaption>
      {html ? (
        <div
          className="p-3 font-mono text-xs leading-relaxed [&_pre]:overflow-x-auto [&_pre]:bg-transparent! [&_pre]:whitespace-pre-wrap [&_pre]:[overflow-wrap:anywhere]"
          translate="no"
          dangerouslySetInnerHTML={{ __html: html }}
        />
      ) : (
        <pre className="overflow-x-auto p-3 font-mono text-xs leading-relaxed" tabIndex={0}>
          {code}
        </pre>
      )}
    </figure>
  )
}

export async function CodeCompare({
  sample,
  labels,
}: {
  sample: CodeSample
  labels: { ours: string; seed: string; wrong: string; note: string }
}) {
  return (
    <div className="space-y-3">
      <div className="grid gap-3 xl:grid-cols-2">
        <Highlighted code={sample.ours} lang="ts" label={labels.ours} />
        <Highlighted code={sample.seed} lang="js" label={labels.seed} />
      </div>
      <div className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700/60 dark:bg-amber-950/40 dark:text-amber-100">
        <p className="font-semibold">{labels.wrong}</p>
        <p className="mt-1">{labels.note}</p>
      </div>
    </div>
  )
}
