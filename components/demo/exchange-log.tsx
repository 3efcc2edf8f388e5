'use client'

/**
 * @module The log of every exchange, newest first: the exact request and response (headers that
 * matter, body), the translated outcome, the token decoded and the server code of the step.
 */
import { useState, type ReactNode } from 'react'
import { routeStepOf, type Exchange, type HeaderLine, type RouteStep } from '@/lib/demo/exchange'
import { fill } from '@/lib/i18n/fill'
import { abbreviate, looksLikeJwt } from '@/lib/jwt/format'
import { outcomeOf } from './outcome'
import type { DemoStrings, ErrorMessages } from './strings'
import { TokenView, type TokenContext } from './token-view'

function jsonForDisplay(body: unknown, fullTokens: boolean): string {
  return JSON.stringify(
    body,
    (key, value: unknown) => {
      if (key === 'password' && typeof value === 'string') return '••••••••'
      if (!fullTokens && typeof value === 'string' && looksLikeJwt(value)) return abbreviate(value)
      return value
    },
    2,
  )
}

function HeaderRow({ line, fullTokens }: { line: HeaderLine; fullTokens: boolean }) {
  const value =
    line.token && !fullTokens ? line.value.replace(line.token, abbreviate(line.token)) : line.value
  return (
    <div className="[overflow-wrap:anywhere]">
      <span className="text-sky-800 dark:text-sky-300">{line.name}</span>: {value}
      {line.hidden && (
        <sup aria-hidden="true" className="ml-0.5 text-amber-700 dark:text-amber-300">
          {line.hidden === 'httpOnly' ? '†' : '*'}
        </sup>
      )}
    </div>
  )
}

function Message({
  title,
  startLine,
  headers,
  body,
  fullTokens,
  strings,
  bodyNote,
}: {
  title: string
  startLine: ReactNode
  headers: HeaderLine[]
  body: unknown
  fullTokens: boolean
  strings: DemoStrings
  bodyNote?: string
}) {
  const notes = [
    headers.some((h) => h.hidden === 'sentByBrowser') && `* ${strings.sentByBrowser}`,
    headers.some((h) => h.hidden === 'httpOnly') && `† ${strings.httpOnly}`,
    bodyNote,
  ].filter((note): note is string => Boolean(note))
  return (
    <section className="min-w-0">
      <h4 className="mb-1 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">
        {title}
      </h4>
      <div
        className="overflow-x-auto rounded-md bg-zinc-100 p-2 font-mono text-xs leading-relaxed dark:bg-zinc-900"
        tabIndex={0}
        translate="no"
      >
        <div className="font-semibold whitespace-nowrap">{startLine}</div>
        {headers.map((line, i) => (
          <HeaderRow key={i} line={line} fullTokens={fullTokens} />
        ))}
        {body === undefined ? (
          <div className="mt-2 font-sans text-zinc-600 dark:text-zinc-400">{strings.noBody}</div>
        ) : (
          <pre className="mt-2 whitespace-pre-wrap [overflow-wrap:anywhere]">
            {typeof body === 'string' ? body : jsonForDisplay(body, fullTokens)}
          </pre>
        )}
      </div>
      {notes.length > 0 && (
        <ul className="mt-1 space-y-0.5 text-xs text-zinc-600 dark:text-zinc-400">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </section>
  )
}

export function ExchangeEntry({
  exchange,
  strings,
  errors,
  code,
  tokenContext,
}: {
  exchange: Exchange
  strings: DemoStrings
  errors: ErrorMessages
  code?: Partial<Record<RouteStep, ReactNode>>
  tokenContext: TokenContext
}) {
  const [fullTokens, setFullTokens] = useState(false)
  const { request, response } = exchange
  const outcome = outcomeOf(exchange, strings, errors)
  const titleId = `exchange-${exchange.id}`
  const token = exchange.issuedToken ?? exchange.sentToken
  const hasToken = Boolean(token) || request.headers.some((h) => h.token)
  const sample = code?.[routeStepOf(exchange.kind)]
  const status = response ? `${response.status} ${response.statusText}` : '—'

  return (
    <article
      aria-labelledby={titleId}
      className={`space-y-3 rounded-xl border p-3 sm:p-4 ${
        outcome.ok
          ? 'border-emerald-300 dark:border-emerald-800'
          : 'border-rose-300 dark:border-rose-800'
      }`}
    >
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 id={titleId} className="font-semibold">
          <span className="text-zinc-500 tabular-nums dark:text-zinc-400">#{exchange.id}</span>{' '}
          {strings.kinds[exchange.kind]}
        </h3>
        <span
          className={`rounded-full px-2 py-0.5 font-mono text-xs font-semibold whitespace-nowrap ${
            outcome.ok
              ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100'
              : 'bg-rose-100 text-rose-900 dark:bg-rose-900/50 dark:text-rose-100'
          }`}
        >
          {status}
        </span>
        <time
          dateTime={new Date(exchange.at).toISOString()}
          className="ml-auto font-mono text-xs text-zinc-500 dark:text-zinc-400"
        >
          {new Date(exchange.at).toLocaleTimeString(tokenContext.locale)}
        </time>
      </header>

      <p className={outcome.ok ? '' : 'text-rose-800 dark:text-rose-200'}>
        {outcome.code && (
          <code className="mr-2 rounded bg-rose-100 px-1 py-0.5 text-xs font-semibold text-rose-900 dark:bg-rose-900/50 dark:text-rose-100">
            {outcome.code}
          </code>
        )}
        {outcome.message}
      </p>
      {exchange.waitedForLock && (
        <p className="rounded-md bg-amber-50 px-2 py-1 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          {strings.lockWaited}
        </p>
      )}
      {exchange.tampered && (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          {fill(strings.tampered, {
            claim: exchange.tampered.claim,
            before: exchange.tampered.before,
            after: exchange.tampered.after,
          })}
        </p>
      )}

      {hasToken && (
        <button
          type="button"
          aria-expanded={fullTokens}
          onClick={() => setFullTokens(!fullTokens)}
          className="text-xs font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
        >
          {fullTokens ? strings.hideToken : strings.showToken}
        </button>
      )}
      <div className="grid gap-3 lg:grid-cols-2">
        <Message
          title={strings.request}
          startLine={`${request.method} ${request.path}`}
          headers={request.headers}
          body={request.body}
          fullTokens={fullTokens}
          strings={strings}
          bodyNote={
            typeof request.body === 'object' && request.body && 'password' in request.body
              ? strings.passwordHidden
              : undefined
          }
        />
        {response ? (
          <Message
            title={strings.response}
            startLine={`HTTP ${status}`}
            headers={response.headers}
            body={response.body}
            fullTokens={fullTokens}
            strings={strings}
          />
        ) : (
          <section>
            <h4 className="mb-1 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">
              {strings.response}
            </h4>
            <p className="text-sm text-rose-800 dark:text-rose-200">{strings.networkError}</p>
          </section>
        )}
      </div>

      {token && (
        <details className="group rounded-lg border border-zinc-200 dark:border-zinc-800">
          <summary className="cursor-pointer px-3 py-2 text-sm font-medium">
            {strings.decoded}
          </summary>
          <div className="border-t border-zinc-200 p-3 dark:border-zinc-800">
            <TokenView token={token} context={tokenContext} showText={false} />
          </div>
        </details>
      )}
      {sample && (
        <details className="rounded-lg border border-zinc-200 dark:border-zinc-800">
          <summary className="cursor-pointer px-3 py-2 text-sm font-medium">
            {strings.serverCode}
          </summary>
          <div className="border-t border-zinc-200 p-3 dark:border-zinc-800">{sample}</div>
        </details>
      )}
    </article>
  )
}

export function ExchangeLog({
  exchanges,
  strings,
  errors,
  code,
  tokenContext,
}: {
  exchanges: Exchange[]
  strings: DemoStrings
  errors: ErrorMessages
  code?: Partial<Record<RouteStep, ReactNode>>
  tokenContext: TokenContext
}) {
  if (exchanges.length === 0) {
    return <p className="text-zinc-600 dark:text-zinc-400">{strings.logEmpty}</p>
  }
  return (
    <ol className="space-y-4">
      {exchanges.map((exchange) => (
        <li key={exchange.id}>
          <ExchangeEntry
            exchange={exchange}
            strings={strings}
            errors={errors}
            code={code}
            tokenContext={tokenContext}
          />
        </li>
      ))}
    </ol>
  )
}
