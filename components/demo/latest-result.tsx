'use client'
/**
 * @module The live result line of one panel, next to the buttons that caused it: "Sending…"
 * (or "Waiting for another tab…") while its request is in flight, then the step, status, error
 * code and what it means, green or red. Below the large breakpoint, where the sequence diagram
 * sits far down the page, it also shows the diagram's step that just ran. Only the panel of the
 * latest step shows anything; every panel keeps its (empty) live region, so it is announced.
 * A new result that landed below the screen's edge is scrolled into view, just enough to read it.
 */
import { useEffect, useRef } from 'react'
import {
  panelOf,
  routeStepOf,
  ROUTE_STEPS,
  type Exchange,
  type Panel,
  type StepKind,
} from '@/lib/demo/exchange'
import { fill } from '@/lib/i18n/fill'
import { outcomeOf } from './outcome'
import { ROUTES } from './sequence-diagram'
import type { DemoStrings, ErrorMessages } from './strings'

export interface ResultState {
  latest: Exchange | undefined
  busy: StepKind | null
  waitingForLock: boolean
}

function StepNow({ exchange, strings }: { exchange: Exchange; strings: DemoStrings }) {
  const step = routeStepOf(exchange.kind)
  const row = strings.rows[step]
  return (
    <div className="mt-2 space-y-0.5 border-t border-current/20 pt-2 text-xs lg:hidden">
      <p>
        <span className="font-medium">
          {fill(strings.stepInDiagram, {
            n: ROUTE_STEPS.indexOf(step) + 1,
            total: ROUTE_STEPS.length,
          })}
        </span>{' '}
        <a
          href="#demo-diagram"
          className="text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
        >
          {strings.seeDiagram}
        </a>
      </p>
      <p>
        <code className="font-mono font-semibold break-all">{ROUTES[step]}</code>
      </p>
      <p>
        <span aria-hidden="true">→ </span>
        <span className="sr-only">{strings.toServer}: </span>
        {row.request}
      </p>
      <p>
        <span aria-hidden="true">← </span>
        <span className="sr-only">{strings.toBrowser}: </span>
        {row.response}
      </p>
    </div>
  )
}

export function LatestResult({
  panel,
  state,
  strings,
  errors,
}: {
  panel: Panel
  state: ResultState
  strings: DemoStrings
  errors: ErrorMessages
}) {
  const { latest, busy, waitingForLock } = state
  const sending = busy !== null && panelOf(busy) === panel
  const shown = !busy && latest && panelOf(latest.kind) === panel ? latest : undefined
  const outcome = shown ? outcomeOf(shown, strings, errors) : null
  const status = shown?.response ? `${shown.response.status} ${shown.response.statusText}` : null
  const box = useRef<HTMLDivElement>(null)
  const shownId = shown?.id
  useEffect(() => {
    if (shownId === undefined) return
    // Optional calls: jsdom (and some old browsers) lack both.
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true
    box.current?.scrollIntoView?.({ block: 'nearest', behavior: still ? 'auto' : 'smooth' })
  }, [shownId])
  return (
    <div
      ref={box}
      role="status"
      aria-live="polite"
      className={`rounded-xl border text-sm ${
        !outcome && !sending
          ? 'border-0'
          : !outcome
            ? 'border-zinc-200 p-3 dark:border-zinc-800'
            : outcome.ok
              ? 'border-emerald-300 bg-emerald-50 p-3 dark:border-emerald-800 dark:bg-emerald-950/40'
              : 'border-rose-300 bg-rose-50 p-3 dark:border-rose-800 dark:bg-rose-950/40'
      }`}
    >
      {sending ? (
        <p>{waitingForLock ? strings.lockWaiting : strings.sending}</p>
      ) : shown && outcome ? (
        <>
          <p className="flex flex-wrap items-baseline gap-x-2">
            <strong>{strings.kinds[shown.kind]}</strong>
            {status && <code className="font-mono font-semibold whitespace-nowrap">{status}</code>}
            {outcome.code && <code className="font-mono text-xs break-all">{outcome.code}</code>}
          </p>
          <p>{outcome.message}</p>
          {shown.waitedForLock && <p className="mt-1">{strings.lockWaited}</p>}
          <StepNow exchange={shown} strings={strings} />
        </>
      ) : null}
    </div>
  )
}
