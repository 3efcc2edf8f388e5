'use client'
/** @module The code for what is on screen, in three libraries, as tabs with a copy button. */
import { memo, useId, useMemo, useState } from 'react'
import { codeTokens, type CodeTokenKind } from '@/lib/playground/code-tokens'
import { snippets, type SnippetInput, type Snippets } from '@/lib/playground/snippets'
import { CopyButton } from './copy-button'
import type { StringsFor } from './strings'

const LIBRARIES = ['jsonwebtoken', 'jose', 'pyjwt'] as const

// The box is dark in both themes (a lighter zinc and a border in the dark one, so it stands off
// the page); every colour keeps at least 4.5:1 on it.
const TOKEN_CLASS: Record<CodeTokenKind, string> = {
  comment: 'text-zinc-400',
  string: 'text-emerald-300',
  number: 'text-amber-300',
  keyword: 'text-violet-300',
  plain: '',
}

export const CodeSnippets = memo(function CodeSnippets({
  input,
  strings,
  encrypted = false,
}: {
  input: SnippetInput
  strings: StringsFor<'code' | 'keys'>
  /** A JWE with no signed token inside (yet): its code is the encrypt form's, not a JWS's. */
  encrypted?: boolean
}) {
  const s = strings.code
  const id = useId()
  const [library, setLibrary] = useState<keyof Snippets>('jsonwebtoken')
  const code = useMemo(() => snippets(input), [input])
  const tokens = useMemo(() => codeTokens(code[library]), [code, library])
  function onKey(event: React.KeyboardEvent) {
    const i = LIBRARIES.indexOf(library)
    const next =
      event.key === 'ArrowRight' ? (i + 1) % 3 : event.key === 'ArrowLeft' ? (i + 2) % 3 : -1
    if (next < 0) return
    event.preventDefault()
    setLibrary(LIBRARIES[next]!)
    document.getElementById(`${id}-tab-${LIBRARIES[next]}`)?.focus()
  }
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3" data-testid="code-snippets">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {s.title}{' '}
        {!encrypted && (
          <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">
            ({input.mode === 'sign' ? s.sign : s.verify})
          </span>
        )}
      </h2>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{s.intro}</p>
      {encrypted ? (
        <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="code-jwe-note">
          {s.jweNote}
        </p>
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <div
              role="tablist"
              aria-label={s.tabs}
              className="flex flex-wrap gap-1"
              onKeyDown={onKey}
            >
              {LIBRARIES.map((lib) => (
                <button
                  key={lib}
                  id={`${id}-tab-${lib}`}
                  type="button"
                  role="tab"
                  aria-selected={library === lib}
                  aria-controls={`${id}-panel`}
                  tabIndex={library === lib ? 0 : -1}
                  onClick={() => setLibrary(lib)}
                  className="rounded-md px-2.5 py-1 text-sm font-medium text-zinc-700 hover:bg-zinc-100 aria-selected:bg-indigo-50 aria-selected:text-indigo-800 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:aria-selected:bg-indigo-950 dark:aria-selected:text-indigo-200"
                >
                  {s[lib]}
                </button>
              ))}
            </div>
            <CopyButton
              text={code[library]}
              name={s[library]}
              labels={{
                copy: s.copy,
                copied: strings.keys.copied,
                failed: strings.keys.copyFailed,
              }}
            />
          </div>
          <div
            id={`${id}-panel`}
            role="tabpanel"
            aria-labelledby={`${id}-tab-${library}`}
            tabIndex={0}
            className="overflow-x-auto rounded-lg bg-zinc-950 p-4 text-zinc-100 dark:border dark:border-zinc-700 dark:bg-zinc-900"
          >
            <pre className="font-mono text-xs leading-relaxed sm:text-sm" translate="no">
              <code>
                {tokens.map((token, i) => (
                  <span key={i} className={TOKEN_CLASS[token.kind]}>
                    {token.text}
                  </span>
                ))}
              </code>
            </pre>
          </div>
        </>
      )}
    </section>
  )
})
