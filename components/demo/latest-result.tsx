'use client'
/**
 * @module The live result line: "Sending…" while a request is in flight, then the latest
 * exchange's step, status, error code and what it means, green or red. Announced politely.
 */
import type { Exchange, StepKind } from '@/lib/demo/exchange'
import { outcomeOf } from './exchange-log'
import type { DemoStrings, ErrorMessages } from './strings'

export function LatestResult({
  latest,
  busy,
  strings,
  errors,
}: {
  latest: Exchange | undefined
  busy: StepKind | null
  strings: DemoStrings
  errors: ErrorMessages
}) {
  const outcome = latest ? outcomeOf(latest, strings, errors) : null
  const latestStatus = latest?.response
    ? `${latest.response.status} ${latest.response.statusText}`
    : null
  return (
    <div
      role="status"
      aria-live="polite"
      className={`rounded-xl border text-sm ${
        !outcome && !busy
          ? 'border-transparent'
          : !outcome
            ? 'border-zinc-200 p-3 dark:border-zinc-800'
            : outcome.ok
              ? 'border-emerald-300 bg-emerald-50 p-3 dark:border-emerald-800 dark:bg-emerald-950/40'
              : 'border-rose-300 bg-rose-50 p-3 dark:border-rose-800 dark:bg-rose-950/40'
      }`}
    >
      {busy ? (
        <p>{strings.sending}</p>
      ) : latest && outcome ? (
        <p>
          <strong>{strings.kinds[latest.kind]}</strong>
          {latestStatus && <code className="mx-2 font-mono font-semibold">{latestStatus}</code>}
          {outcome.code && <code className="mr-2 font-mono text-xs">{outcome.code}</code>}
          <span className="block sm:inline">{outcome.message}</span>
        </p>
      ) : null}
    </div>
  )
}
