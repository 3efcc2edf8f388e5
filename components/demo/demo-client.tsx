'use client'

/**
 * @module The interactive part of the demo page: the login and register forms, the action
 * buttons, the current token, the live result by the button that caused it, the sequence
 * diagram and the exchange log. Every request goes to the site's real API; the server page
 * passes the translated strings and the pre-highlighted server code as props. What only shows
 * after the first request (the decoded token, the log's entries) loads once the page has loaded,
 * outside its first load.
 */
import { lazy, Suspense, useCallback, useEffect, type ReactNode } from 'react'
import type { Panel, RouteStep } from '@/lib/demo/exchange'
import { ActionsPanel, SessionPanel } from './action-panels'
import type { PasswordLength } from './field-errors'
import { LatestResult } from './latest-result'
import { LoginPanel, type Credentials, type SigningAlg } from './login-panel'
import { SequenceDiagram } from './sequence-diagram'
import type { DemoStrings, ErrorMessages } from './strings'
import { panel } from './styles'
import type { TokenContext } from './token-view'
import { useExchanges } from './use-exchanges'
import { useExpiryWait } from './use-expiry-wait'
import { useSession } from './use-session'

export type { SigningAlg }

const loadTokenView = () => import('./token-view')
const loadExchangeLog = () => import('./exchange-log')
const TokenView = lazy(() => loadTokenView().then((m) => ({ default: m.TokenView })))
const ExchangeLog = lazy(() => loadExchangeLog().then((m) => ({ default: m.ExchangeLog })))

/** Fetches the lazy parts once the page has loaded, so the first login does not wait for them. */
function usePreload() {
  useEffect(() => {
    const preload = () =>
      void Promise.all([loadTokenView(), loadExchangeLog(), import('./send-exchange')]).catch(
        () => {},
      )
    if (document.readyState === 'complete') return void setTimeout(preload, 1)
    window.addEventListener('load', preload, { once: true })
    return () => window.removeEventListener('load', preload)
  }, [])
}

export interface DemoClientProps {
  strings: DemoStrings
  errors: ErrorMessages
  accounts: readonly { email: string; password: string; name: string }[]
  algs: readonly SigningAlg[]
  lifetimes: readonly number[]
  leeway: number
  /** The password length the API accepts on registration, for the field messages. */
  passwordLength: PasswordLength
  locale: string
  playgroundHref: string
  jwksHref: string
  /** The server code of each step, rendered (and highlighted) on the server. */
  code: Partial<Record<RouteStep, ReactNode>>
}

export function DemoClient(props: DemoClientProps) {
  const { strings, errors, accounts, algs, lifetimes, leeway, passwordLength } = props
  const { exchanges, busy, waitingForLock, send } = useExchanges()
  const session = useSession({ send, busy })
  const { token, callMe } = session
  const onExpired = useCallback(() => void callMe('expired'), [callMe])
  const expiry = useExpiryWait({ token, leeway, onExpired })
  usePreload()

  function login(credentials: Credentials) {
    if (busy) return Promise.resolve(undefined)
    // A new token: a countdown to the old one's expiry would mislead.
    expiry.stop()
    return session.login(credentials)
  }

  async function logout() {
    if (busy) return
    expiry.stop()
    await session.logout()
  }

  const resultIn = (panel: Panel) => (
    <LatestResult
      panel={panel}
      state={{ latest: exchanges[0], busy, waitingForLock }}
      strings={strings}
      errors={errors}
    />
  )

  const tokenContext: TokenContext = {
    strings,
    locale: props.locale,
    playgroundHref: props.playgroundHref,
    jwksHref: props.jwksHref,
    leeway,
  }

  return (
    <div className="space-y-8">
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-6">
          <LoginPanel
            strings={strings}
            accounts={accounts}
            algs={algs}
            lifetimes={lifetimes}
            passwordLength={passwordLength}
            busy={Boolean(busy)}
            onLogin={login}
            onRegister={session.register}
            loginResult={resultIn('login')}
            registerResult={resultIn('register')}
          />
          <ActionsPanel
            strings={strings}
            hasToken={Boolean(token)}
            onCall={(kind) => void callMe(kind)}
            waiting={expiry.waiting}
            secondsLeft={expiry.secondsLeft}
            onToggleWait={expiry.toggle}
            result={resultIn('actions')}
          />
          <SessionPanel
            strings={strings}
            loggedIn={Boolean(token)}
            canReplay={session.canReplay}
            onRefresh={() => void session.refresh()}
            onReplay={() => void session.replay()}
            onLogout={() => void logout()}
            result={resultIn('session')}
          />

          <section aria-labelledby="demo-token" className={panel}>
            <h2 id="demo-token" className="text-lg font-semibold">
              {strings.tokenTitle}
            </h2>
            {token ? (
              <Suspense>
                <TokenView token={token} context={tokenContext} live />
              </Suspense>
            ) : (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">{strings.noToken}</p>
            )}
          </section>
        </div>

        <section
          aria-labelledby="demo-diagram"
          className="min-w-0 lg:sticky lg:top-4 lg:self-start"
        >
          <div className={panel}>
            <h2 id="demo-diagram" className="text-lg font-semibold">
              {strings.diagramTitle}
            </h2>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">{strings.diagramHint}</p>
            <SequenceDiagram exchanges={exchanges} strings={strings} />
          </div>
        </section>
      </div>

      <section aria-labelledby="demo-log" className="space-y-3">
        <h2 id="demo-log" className="text-xl font-semibold">
          {strings.logTitle}
        </h2>
        {exchanges.length === 0 ? (
          <p className="text-zinc-600 dark:text-zinc-400">{strings.logEmpty}</p>
        ) : (
          <Suspense>
            <ExchangeLog
              exchanges={exchanges}
              strings={strings}
              errors={errors}
              code={props.code}
              tokenContext={tokenContext}
            />
          </Suspense>
        )}
      </section>
    </div>
  )
}
