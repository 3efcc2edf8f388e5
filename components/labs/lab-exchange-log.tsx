'use client'
/**
 * @module The lab page's requests and responses, newest first, in the demo's exchange-log style:
 * the exact request line and headers, the status, the body, and what it means in the reader's
 * language.
 */
import type { LabExchange } from '@/lib/labs-ui/request'
import type { LabClientStrings } from './strings'

function Message({
  title,
  start,
  headers,
  body,
  noBody,
}: {
  title: string
  start: string
  headers: [string, string][]
  body: unknown
  noBody: string
}) {
  const text =
    body === undefined || body === ''
      ? undefined
      : typeof body === 'string'
        ? body
        : JSON.stringify(body, null, 2)
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
        <div className="font-semibold [overflow-wrap:anywhere]">{start}</div>
        {headers.map(([name, value], i) => (
          <div key={i} className="[overflow-wrap:anywhere]">
            <span className="text-sky-800 dark:text-sky-300">{name}</span>: {value}
          </div>
        ))}
        {text === undefined ? (
          <div className="mt-2 font-sans text-zinc-600 dark:text-zinc-400">{noBody}</div>
        ) : (
          <pre className="mt-2 max-h-64 overflow-y-auto whitespace-pre-wrap [overflow-wrap:anywhere]">
            {text}
          </pre>
        )}
      </div>
    </section>
  )
}

export function LabExchangeLog({
  exchanges,
  strings,
  explain,
}: {
  exchanges: LabExchange[]
  strings: LabClientStrings['exchange']
  /** The sentence the page shows for an exchange (its outcome in the reader's language). */
  explain: (exchange: LabExchange) => { ok: boolean; text: string }
}) {
  if (exchanges.length === 0) return null
  return (
    <ol className="space-y-3">
      {exchanges.map((exchange) => {
        const { ok, text } = explain(exchange)
        const status = exchange.response
          ? `${exchange.response.status} ${exchange.response.statusText}`
          : '—'
        const titleId = `lab-exchange-${exchange.id}`
        return (
          <li key={exchange.id}>
            <article
              aria-labelledby={titleId}
              className={`space-y-2 rounded-xl border p-3 ${
                ok
                  ? 'border-emerald-300 dark:border-emerald-800'
                  : 'border-rose-300 dark:border-rose-800'
              }`}
            >
              <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <h3 id={titleId} className="font-semibold">
                  <span className="text-zinc-500 tabular-nums dark:text-zinc-400">
                    #{exchange.id}
                  </span>{' '}
                  {strings.targets[exchange.target]}
                </h3>
                <span
                  className={`rounded-full px-2 py-0.5 font-mono text-xs font-semibold whitespace-nowrap ${
                    ok
                      ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100'
                      : 'bg-rose-100 text-rose-900 dark:bg-rose-900/50 dark:text-rose-100'
                  }`}
                >
                  {status}
                </span>
              </header>
              <p className={ok ? '' : 'text-rose-800 dark:text-rose-200'}>{text}</p>
              <div className="grid gap-3 lg:grid-cols-2">
                <Message
                  title={strings.request}
                  start={`${exchange.request.method} ${exchange.request.path}`}
                  headers={exchange.request.headers}
                  body={exchange.request.body}
                  noBody={strings.noBody}
                />
                {exchange.response ? (
                  <Message
                    title={strings.response}
                    start={`HTTP ${status}`}
                    headers={exchange.response.headers}
                    body={exchange.response.body}
                    noBody={strings.noBody}
                  />
                ) : (
                  <p className="text-sm text-rose-800 dark:text-rose-200">{strings.noResponse}</p>
                )}
              </div>
            </article>
          </li>
        )
      })}
    </ol>
  )
}
