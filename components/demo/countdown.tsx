'use client'

/** @module A live countdown to a token's `exp`, with the server's clock-skew leeway explained. */
import { useId } from 'react'
import { secondsUntil } from '@/lib/demo/format'
import { fill } from '@/lib/i18n/fill'
import type { DemoStrings } from './strings'
import { useNow } from './use-now'

type Strings = Pick<DemoStrings, 'countdown' | 'expiresIn' | 'expiredAgo' | 'leeway'>

export function Countdown({
  exp,
  iat,
  leeway,
  strings,
}: {
  /** Expiry, seconds since the epoch. */
  exp: number
  /** Issued at, seconds; draws the bar. */
  iat?: number
  leeway: number
  strings: Strings
}) {
  const id = useId()
  const now = useNow()
  const left = secondsUntil(exp, now)
  const expired = left <= 0
  const lifetime = iat !== undefined && exp > iat ? exp - iat : null
  const fraction = lifetime ? Math.min(1, Math.max(0, left / lifetime)) : null

  return (
    <div className="space-y-1.5">
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <span id={id} className="text-zinc-600 dark:text-zinc-400">
          {strings.countdown}
        </span>
        <span
          role="timer"
          aria-labelledby={id}
          className={`font-mono font-semibold tabular-nums ${
            expired ? 'text-rose-700 dark:text-rose-300' : 'text-emerald-700 dark:text-emerald-300'
          }`}
        >
          {expired
            ? fill(strings.expiredAgo, { seconds: -left })
            : fill(strings.expiresIn, { seconds: left })}
        </span>
      </p>
      {fraction !== null && (
        <div
          aria-hidden="true"
          className="h-1.5 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
        >
          <div
            className={`h-full rounded-full transition-[width] duration-1000 ease-linear ${
              expired ? 'bg-rose-500' : 'bg-emerald-500'
            }`}
            style={{ width: `${fraction * 100}%` }}
          />
        </div>
      )}
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        {fill(strings.leeway, { seconds: leeway })}
      </p>
    </div>
  )
}
