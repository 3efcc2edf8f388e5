'use client'

/**
 * @module An access token decoded for reading: header, payload, exp in local time, an optional
 * live countdown, and a link that opens it in the playground (with the JWKS for key pairs).
 */
import { peekJws } from '@/lib/jwt/segment'
import { Countdown } from './countdown'
import type { DemoStrings } from './strings'
import { TokenText } from './token-text'

export interface TokenContext {
  strings: DemoStrings
  locale: string
  /** The localized playground path, e.g. `/en/playground`. */
  playgroundHref: string
  jwksHref: string
  leeway: number
}

const pre =
  'overflow-x-auto rounded-md bg-zinc-100 p-2 font-mono text-xs leading-relaxed dark:bg-zinc-900'

/** Header and payload side by side where there is room (log entries), stacked in the side panel. */
export function TokenView({
  token,
  context,
  live = false,
  showText = true,
  columns = !live,
}: {
  token: string
  context: TokenContext
  /** Shows the live countdown (the current token); log entries show exp only. */
  live?: boolean
  /** False where the token text is already shown (a log entry's request or response). */
  showText?: boolean
  columns?: boolean
}) {
  const { strings, locale, playgroundHref, jwksHref, leeway } = context
  const decoded = peekJws(token)
  const exp = typeof decoded?.payload.exp === 'number' ? decoded.payload.exp : null
  const iat = typeof decoded?.payload.iat === 'number' ? decoded.payload.iat : undefined
  const alg = decoded?.header.alg

  return (
    <div className="space-y-3 text-sm">
      {showText && (
        <p className="text-xs">
          <TokenText token={token} labels={{ show: strings.showToken, hide: strings.hideToken }} />
        </p>
      )}
      {decoded && (
        <div className={`grid gap-2 ${columns ? 'sm:grid-cols-2' : ''}`}>
          <div className="min-w-0">
            <p className="mb-1 text-xs font-semibold text-rose-700 dark:text-rose-300">
              {strings.header}
            </p>
            <pre className={pre} tabIndex={0}>
              {JSON.stringify(decoded.header, null, 2)}
            </pre>
          </div>
          <div className="min-w-0">
            <p className="mb-1 text-xs font-semibold text-violet-700 dark:text-violet-300">
              {strings.payload}
            </p>
            <pre className={pre} tabIndex={0}>
              {JSON.stringify(decoded.payload, null, 2)}
            </pre>
          </div>
        </div>
      )}
      {exp !== null && (
        <p className="text-xs">
          <span className="text-zinc-600 dark:text-zinc-400">{strings.exp}: </span>
          <time dateTime={new Date(exp * 1000).toISOString()} className="font-mono">
            {new Date(exp * 1000).toLocaleString(locale)}
          </time>
        </p>
      )}
      {live && exp !== null && <Countdown exp={exp} iat={iat} leeway={leeway} strings={strings} />}
      <p className="flex flex-col gap-1 text-xs">
        <a
          href={`${playgroundHref}#token=${token}`}
          className="font-medium text-indigo-700 underline underline-offset-4 dark:text-indigo-300"
        >
          {strings.openPlayground}
        </a>
        {alg === 'HS256' ? (
          <span className="text-zinc-600 dark:text-zinc-400">{strings.hmacNote}</span>
        ) : (
          <span className="text-zinc-600 dark:text-zinc-400">
            {strings.jwksNote}{' '}
            <a
              href={jwksHref}
              className="font-mono text-indigo-700 underline underline-offset-4 dark:text-indigo-300"
            >
              {jwksHref}
            </a>
          </span>
        )}
      </p>
    </div>
  )
}
