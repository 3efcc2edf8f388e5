'use client'

/**
 * @module The browser ⇄ server sequence diagram. An ordered list of steps (what a screen reader
 * reads), drawn as arrows between two lifelines; each step lights up green or red when it is
 * sent, and the latest one is marked.
 */
import {
  problemOf,
  routeStepOf,
  ROUTE_STEPS,
  type Exchange,
  type RouteStep,
} from '@/lib/demo/exchange'
import type { DemoStrings } from './strings'

/** Each step's method and route, as the diagram and the result lines show them. */
export const ROUTES: Record<RouteStep, string> = {
  register: 'POST /api/auth/register',
  login: 'POST /api/auth/login',
  me: 'GET /api/me',
  refresh: 'POST /api/auth/refresh',
  replay: 'POST /api/demo/replay-refresh',
  logout: 'POST /api/auth/logout',
}

function Arrow({ direction }: { direction: 'right' | 'left' }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 100 8"
      preserveAspectRatio="none"
      className="my-0.5 h-2 w-full text-current"
    >
      <line
        x1="2"
        y1="4"
        x2="98"
        y2="4"
        stroke="currentColor"
        strokeWidth="1.5"
        vectorEffect="non-scaling-stroke"
      />
      {direction === 'right' ? (
        <polyline
          points="92,0.5 98,4 92,7.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          vectorEffect="non-scaling-stroke"
        />
      ) : (
        <polyline
          points="8,0.5 2,4 8,7.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          vectorEffect="non-scaling-stroke"
        />
      )}
    </svg>
  )
}

export function SequenceDiagram({
  exchanges,
  strings,
}: {
  /** Newest first, as the log keeps them. */
  exchanges: Exchange[]
  strings: DemoStrings
}) {
  const latestOf = new Map<RouteStep, Exchange>()
  for (const exchange of exchanges) {
    const step = routeStepOf(exchange.kind)
    if (!latestOf.has(step)) latestOf.set(step, exchange)
  }
  const current = exchanges[0] ? routeStepOf(exchanges[0].kind) : null

  return (
    <div>
      <div
        aria-hidden="true"
        className="grid grid-cols-2 text-xs font-semibold tracking-wide uppercase"
      >
        <span className="justify-self-start rounded-md bg-zinc-900 px-2 py-1 text-white dark:bg-zinc-100 dark:text-zinc-900">
          {strings.browser}
        </span>
        <span className="justify-self-end rounded-md bg-zinc-900 px-2 py-1 text-white dark:bg-zinc-100 dark:text-zinc-900">
          {strings.server}
        </span>
      </div>
      <ol className="relative mx-3 space-y-2 border-x-2 border-dashed border-zinc-300 px-2 py-2 dark:border-zinc-700">
        {ROUTE_STEPS.map((step, index) => {
          const exchange = latestOf.get(step)
          const failed = exchange ? exchange.networkError || problemOf(exchange) !== null : false
          const state = !exchange ? 'idle' : failed ? 'failed' : 'ok'
          const isCurrent = step === current
          const status = exchange?.response
            ? `${exchange.response.status}${problemOf(exchange)?.code ? ` ${problemOf(exchange)?.code}` : ''}`
            : exchange
              ? '—'
              : null
          const tone =
            state === 'ok'
              ? 'border-emerald-400 bg-emerald-50 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950/50 dark:text-emerald-50'
              : state === 'failed'
                ? 'border-rose-400 bg-rose-50 text-rose-950 dark:border-rose-700 dark:bg-rose-950/50 dark:text-rose-50'
                : 'border-transparent text-zinc-500 dark:text-zinc-400'
          return (
            <li
              key={step}
              aria-current={isCurrent ? 'step' : undefined}
              className={`rounded-lg border px-2 py-1.5 text-xs transition-colors duration-500 ${tone} ${
                isCurrent
                  ? 'ring-2 ring-indigo-500 ring-offset-2 ring-offset-white dark:ring-indigo-400 dark:ring-offset-zinc-950'
                  : ''
              }`}
            >
              <div className="flex flex-wrap items-baseline gap-x-2">
                <span className="font-semibold tabular-nums">{index + 1}.</span>
                <span className="sr-only">{strings.toServer}:</span>
                <code className="font-mono font-semibold break-all">{ROUTES[step]}</code>
                {exchange && exchange.kind !== step && (
                  <span className="rounded bg-white/70 px-1 dark:bg-black/30">
                    {strings.kinds[exchange.kind]}
                  </span>
                )}
              </div>
              <p>{strings.rows[step].request}</p>
              <Arrow direction="right" />
              <Arrow direction="left" />
              <p className="text-right">
                <span className="sr-only">{strings.toBrowser}: </span>
                {strings.rows[step].response}
              </p>
              {status && (
                <p className="text-right">
                  <code className="rounded bg-white/70 px-1 font-mono font-semibold break-all dark:bg-black/30">
                    {status}
                  </code>
                </p>
              )}
              <p className="sr-only">
                {state === 'idle'
                  ? strings.stepIdle
                  : state === 'ok'
                    ? strings.stepOk
                    : strings.stepFailed}
                {isCurrent ? `, ${strings.stepLatest}` : ''}
              </p>
            </li>
          )
        })}
      </ol>
    </div>
  )
}
