'use client'
/** @module What a reader sees when a page throws: translated, with a retry. */
import { useSyncExternalStore } from 'react'

export const ERROR_STRINGS_ID = 'error-strings'

type Strings = { title: string; body: string; retry: string }
const english: Strings = {
  title: 'Something went wrong',
  body: 'This page hit an unexpected error.',
  retry: 'Try again',
}

// The layout embeds the locale's Error messages as JSON, so this boundary needs no i18n runtime.
// The English text above is only a last resort if that tag is missing.
let cached: Strings | null = null
function readStrings(): Strings {
  if (cached) return cached
  try {
    const text = document.getElementById(ERROR_STRINGS_ID)?.textContent
    cached = text ? (JSON.parse(text) as Strings) : english
  } catch {
    cached = english
  }
  return cached
}

const noSubscribe = () => () => {}

export function ErrorFallback({ reset }: { reset: () => void }) {
  const t = useSyncExternalStore(noSubscribe, readStrings, () => english)
  return (
    <div role="alert" className="max-w-xl space-y-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="text-zinc-700 dark:text-zinc-300">{t.body}</p>
      <button
        type="button"
        onClick={reset}
        className="rounded-lg bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800 dark:bg-indigo-400 dark:text-zinc-950"
      >
        {t.retry}
      </button>
    </div>
  )
}
