'use client'
/**
 * @module Share: a link with the token after `#` (never in the query, never with a key), and a
 * visible note of what it carries.
 */
import { useId, useMemo, useSyncExternalStore } from 'react'
import { shareUrl } from '@/lib/playground/share'
import { CopyButton } from './copy-button'
import type { StringsFor } from './strings'

const noSubscribe = () => () => {}

export function SharePanel({
  token,
  strings,
}: {
  token: string | undefined
  strings: StringsFor<'share' | 'keys'>
}) {
  const s = strings.share
  const id = useId()
  // The page URL is only known in the browser; the server renders no link.
  const page = useSyncExternalStore(
    noSubscribe,
    () => window.location.href,
    () => null,
  )
  // Checked and built once per token: the page re-renders on every keystroke in the input.
  const link = useMemo(() => (token && page ? shareUrl(page, token) : null), [token, page])
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-2" data-testid="share">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {s.title}
      </h2>
      {link ? (
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor={`${id}-link`} className="sr-only">
            {s.linkLabel}
          </label>
          <input
            id={`${id}-link`}
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
            className="min-w-0 flex-1 rounded-lg border border-zinc-300 bg-zinc-50 px-3 py-1.5 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900"
          />
          <CopyButton
            text={link}
            labels={{ copy: s.button, copied: s.copied, failed: strings.keys.copyFailed }}
          />
        </div>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{s.none}</p>
      )}
      <p className="text-xs text-zinc-600 dark:text-zinc-400">{s.note}</p>
    </section>
  )
}
