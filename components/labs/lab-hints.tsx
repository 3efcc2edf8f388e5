'use client'
/** @module Hints revealed one at a time, then the solution step by step. */
import { useRef, useState } from 'react'
import { fill } from '@/lib/i18n/fill'
import type { LabClientStrings } from './strings'

export function LabHints({
  hints,
  solution,
  strings,
}: {
  hints: string[]
  solution: string[]
  strings: LabClientStrings['hints']
}) {
  const [shown, setShown] = useState(0)
  const [solutionShown, setSolutionShown] = useState(false)
  const last = useRef<HTMLLIElement>(null)
  const solutionRef = useRef<HTMLHeadingElement>(null)

  return (
    <section aria-labelledby="lab-hints" className="space-y-3">
      <h2 id="lab-hints" className="text-xl font-semibold">
        {strings.title}
      </h2>
      {shown > 0 && (
        <ol className="list-decimal space-y-2 pl-6">
          {hints.slice(0, shown).map((hint, i) => (
            <li key={i} ref={i === shown - 1 ? last : undefined} tabIndex={-1}>
              {hint}
            </li>
          ))}
        </ol>
      )}
      {shown < hints.length ? (
        <button
          type="button"
          className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
          onClick={() => {
            setShown(shown + 1)
            requestAnimationFrame(() => last.current?.focus())
          }}
        >
          {fill(strings.show, { n: shown + 1, total: hints.length })}
        </button>
      ) : !solutionShown ? (
        <button
          type="button"
          className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
          onClick={() => {
            setSolutionShown(true)
            requestAnimationFrame(() => solutionRef.current?.focus())
          }}
        >
          {strings.showSolution}
        </button>
      ) : null}
      {solutionShown && (
        <div className="space-y-2 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
          <h3 ref={solutionRef} tabIndex={-1} className="font-semibold">
            {strings.solutionTitle}
          </h3>
          <ol className="list-decimal space-y-1.5 pl-6">
            {solution.map((step, i) => (
              <li key={i} className="[overflow-wrap:anywhere]">
                {step}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  )
}
