'use client'
/** @module What a reader sees when a page throws: translated, with a retry. */
import { createContext, useContext, type ReactNode } from 'react'

type Strings = { title: string; body: string; retry: string }

// The layout provides the locale's three Error messages (a few bytes in the RSC payload), so the
// boundary renders translated on the server and the client without an i18n runtime. The English
// text is only a last resort if a boundary ever renders outside the provider.
const ErrorStrings = createContext<Strings>({
  title: 'Something went wrong',
  body: 'This page hit an unexpected error.',
  retry: 'Try again',
})

export function ErrorStringsProvider({
  strings,
  children,
}: {
  strings: Strings
  children: ReactNode
}) {
  return <ErrorStrings value={strings}>{children}</ErrorStrings>
}

export function ErrorFallback({ reset }: { reset: () => void }) {
  const t = useContext(ErrorStrings)
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
