'use client'
/** @module Moves "now" for the claim checks, so a learner can watch exp and nbf take effect. */
import { useId } from 'react'
import { duration } from '@/lib/playground/format'
import { fill } from '@/lib/i18n/fill'
import type { StringsFor } from './strings'

function toLocalInput(ms: number): string {
  const d = new Date(ms)
  if (Number.isNaN(d.getTime())) return ''
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
}

export function TimeControl({
  strings,
  locale,
  realNow,
  fixed,
  onFixed,
  iat,
  exp,
}: {
  strings: StringsFor<'time'>
  locale: string
  /** Milliseconds, or null before the clock is read. */
  realNow: number | null
  /** The moved time in milliseconds, or null for live. */
  fixed: number | null
  onFixed: (ms: number | null) => void
  iat?: number | undefined
  exp?: number | undefined
}) {
  const s = strings.time
  const id = useId()
  const now = fixed ?? realNow
  const shift = (ms: number) => now !== null && onFixed(now + ms)
  const small =
    'rounded-md border border-current/25 px-2 py-0.5 text-xs font-medium hover:bg-current/10'
  return (
    <div className="mt-3 space-y-2" data-testid="time-control">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={`${id}-now`} className="text-sm font-medium">
          {s.label}
        </label>
        <input
          id={`${id}-now`}
          type="datetime-local"
          step={1}
          value={now === null ? '' : toLocalInput(now)}
          onChange={(e) => {
            const ms = new Date(e.target.value).getTime()
            if (!Number.isNaN(ms)) onFixed(ms)
          }}
          className="rounded-md border border-current/25 bg-white/70 px-2 py-1 text-sm dark:bg-zinc-950/60"
        />
      </div>
      <p className="text-xs" aria-live="polite">
        {fixed === null || realNow === null
          ? s.live
          : fill(fixed < realNow ? s.behind : s.ahead, {
              duration: duration(Math.abs(fixed - realNow) / 1000, locale),
            })}
      </p>
      <div className="flex flex-wrap gap-1.5">
        <button type="button" className={small} onClick={() => shift(-86400_000)}>
          {s.minusDay}
        </button>
        <button type="button" className={small} onClick={() => shift(-3600_000)}>
          {s.minusHour}
        </button>
        <button type="button" className={small} onClick={() => shift(3600_000)}>
          {s.plusHour}
        </button>
        <button type="button" className={small} onClick={() => shift(86400_000)}>
          {s.plusDay}
        </button>
        {iat !== undefined && (
          <button type="button" className={small} onClick={() => onFixed(iat * 1000)}>
            {s.atIat}
          </button>
        )}
        {exp !== undefined && (
          <button type="button" className={small} onClick={() => onFixed((exp - 1) * 1000)}>
            {s.beforeExp}
          </button>
        )}
        <button
          type="button"
          className={small}
          onClick={() => onFixed(null)}
          disabled={fixed === null}
        >
          {s.reset}
        </button>
      </div>
    </div>
  )
}
