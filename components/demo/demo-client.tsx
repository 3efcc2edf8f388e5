'use client'

/**
 * @module The interactive part of the demo page: the login and register forms, the action
 * buttons, the current token, the live result, the sequence diagram and the exchange log. Every
 * request goes to the site's real API; the server page passes the translated strings and the
 * pre-highlighted server code as props.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import {
  expectedSetCookies,
  pickHeaders,
  sentCookie,
  type Exchange,
  type ExchangeRequest,
  type HeaderLine,
  type RouteStep,
  type StepKind,
} from '@/lib/demo/exchange'
import { fill, reasonPhrase } from '@/lib/demo/format'
import { decodeToken, tamperPayload } from '@/lib/demo/token'
import { outcomeOf, ExchangeLog } from './exchange-log'
import { SequenceDiagram } from './sequence-diagram'
import type { DemoStrings, ErrorMessages } from './strings'
import { LoginPanel, type SigningAlg } from './login-panel'
import { panel, secondary } from './styles'
import { TokenView, type TokenContext } from './token-view'
import { useNow } from './use-now'

export type { SigningAlg }

export interface DemoClientProps {
  strings: DemoStrings
  errors: ErrorMessages
  accounts: readonly { email: string; password: string; name: string }[]
  algs: readonly SigningAlg[]
  lifetimes: readonly number[]
  leeway: number
  locale: string
  playgroundHref: string
  jwksHref: string
  /** The server code of each step, rendered (and highlighted) on the server. */
  code: Partial<Record<RouteStep, ReactNode>>
}

interface Sent {
  kind: StepKind
  method: 'GET' | 'POST'
  path: string
  headers?: Record<string, string>
  shownHeaders?: HeaderLine[]
  body?: unknown
  sentToken?: string
  tampered?: Exchange['tampered']
}

function bearerLine(value: string, token: string): HeaderLine {
  return { name: 'Authorization', value, token }
}

export function DemoClient(props: DemoClientProps) {
  const { strings, errors, accounts, algs, lifetimes, leeway } = props
  const first = accounts[0]
  const [email, setEmail] = useState(first?.email ?? '')
  const [password, setPassword] = useState(first?.password ?? '')
  const [alg, setAlg] = useState<SigningAlg>(algs[0] ?? 'ES256')
  const [lifetime, setLifetime] = useState(lifetimes[0] ?? 300)
  const [reg, setReg] = useState({ name: '', email: '', password: '' })
  const [token, setToken] = useState<string | null>(null)
  const [exchanges, setExchanges] = useState<Exchange[]>([])
  const [busy, setBusy] = useState<StepKind | null>(null)
  const [canReplay, setCanReplay] = useState(false)
  const [waitUntil, setWaitUntil] = useState<number | null>(null)
  const nextId = useRef(1)
  const now = useNow(waitUntil !== null)

  const send = useCallback(async (sent: Sent): Promise<Exchange> => {
    const headers: Record<string, string> = { ...sent.headers }
    const shown: HeaderLine[] = [...(sent.shownHeaders ?? [])]
    if (sent.body !== undefined) {
      headers['Content-Type'] = 'application/json'
      shown.unshift({ name: 'Content-Type', value: 'application/json' })
    }
    const cookie = sentCookie(sent.kind)
    if (cookie) shown.push(cookie)
    const request: ExchangeRequest = {
      method: sent.method,
      path: sent.path,
      headers: shown,
      body: sent.body,
    }
    const exchange: Exchange = {
      id: nextId.current++,
      kind: sent.kind,
      at: Date.now(),
      request,
      sentToken: sent.sentToken,
      tampered: sent.tampered,
    }
    setBusy(sent.kind)
    try {
      const res = await fetch(sent.path, {
        method: sent.method,
        headers,
        body: sent.body === undefined ? undefined : JSON.stringify(sent.body),
        credentials: 'same-origin',
        cache: 'no-store',
      })
      const text = await res.text()
      let body: unknown = undefined
      if (text) {
        try {
          body = JSON.parse(text)
        } catch {
          body = text
        }
      }
      const code =
        typeof body === 'object' && body !== null && 'code' in body
          ? String((body as { code: unknown }).code)
          : undefined
      exchange.response = {
        status: res.status,
        statusText: reasonPhrase(res.status, res.statusText),
        headers: [
          ...pickHeaders(res.headers),
          ...expectedSetCookies(sent.kind, res.status, location.protocol === 'https:', code),
        ],
        body,
      }
      const issued =
        res.ok && typeof body === 'object' && body !== null && 'accessToken' in body
          ? String((body as { accessToken: unknown }).accessToken)
          : undefined
      exchange.issuedToken = issued
    } catch {
      exchange.networkError = true
    } finally {
      setBusy(null)
    }
    setExchanges((previous) => [exchange, ...previous])
    return exchange
  }, [])

  async function login(event: React.FormEvent) {
    event.preventDefault()
    if (busy) return
    setWaitUntil(null)
    const result = await send({
      kind: 'login',
      method: 'POST',
      path: '/api/auth/login',
      body: { email, password, alg, expiresIn: lifetime },
    })
    if (result.issuedToken) {
      setToken(result.issuedToken)
      setCanReplay(false)
    }
  }

  async function register(event: React.FormEvent) {
    event.preventDefault()
    if (busy) return
    const result = await send({
      kind: 'register',
      method: 'POST',
      path: '/api/auth/register',
      body: { email: reg.email, password: reg.password, name: reg.name },
    })
    if (result.response?.status === 201) {
      setEmail(reg.email)
      setPassword(reg.password)
    }
  }

  const callMe = useCallback(
    async (kind: 'me' | 'tamper' | 'noBearer' | 'expired') => {
      if (busy) return
      if (!token || kind === 'me') {
        const headers = token ? { Authorization: `Bearer ${token}` } : undefined
        await send({
          kind,
          method: 'GET',
          path: '/api/me',
          headers,
          shownHeaders: token ? [bearerLine(`Bearer ${token}`, token)] : [],
          sentToken: token ?? undefined,
        })
        return
      }
      let credential = token
      let tampered: Exchange['tampered']
      if (kind === 'tamper') {
        const changed = tamperPayload(token)
        if (changed) {
          credential = changed.token
          tampered = { claim: changed.claim, before: changed.before, after: changed.after }
        }
      }
      const value = kind === 'noBearer' ? credential : `Bearer ${credential}`
      await send({
        kind,
        method: 'GET',
        path: '/api/me',
        headers: { Authorization: value },
        shownHeaders: [bearerLine(value, credential)],
        sentToken: credential,
        tampered,
      })
    },
    [busy, send, token],
  )

  // Waiting for expiry: the call goes out once exp plus the server's leeway has passed.
  useEffect(() => {
    if (waitUntil === null) return
    const timer = setTimeout(
      () => {
        setWaitUntil(null)
        void callMe('expired')
      },
      Math.max(0, waitUntil - Date.now()),
    )
    return () => clearTimeout(timer)
  }, [waitUntil, callMe])

  function waitForExpiry() {
    if (waitUntil !== null) {
      setWaitUntil(null)
      return
    }
    const exp = token ? decodeToken(token)?.payload.exp : undefined
    if (typeof exp !== 'number') return
    setWaitUntil((exp + leeway + 1) * 1000)
  }

  async function refresh() {
    if (busy) return
    const result = await send({ kind: 'refresh', method: 'POST', path: '/api/auth/refresh' })
    if (result.issuedToken) {
      setToken(result.issuedToken)
      setCanReplay(true)
    }
  }

  async function replay() {
    if (busy) return
    await send({ kind: 'replay', method: 'POST', path: '/api/demo/replay-refresh' })
  }

  async function logout() {
    if (busy) return
    setWaitUntil(null)
    await send({ kind: 'logout', method: 'POST', path: '/api/auth/logout' })
  }

  const tokenContext: TokenContext = {
    strings,
    locale: props.locale,
    playgroundHref: props.playgroundHref,
    jwksHref: props.jwksHref,
    leeway,
  }
  const latest = exchanges[0]
  const outcome = latest ? outcomeOf(latest, strings, errors) : null
  const latestStatus = latest?.response
    ? `${latest.response.status} ${latest.response.statusText}`
    : null

  return (
    <div className="space-y-8">
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-6">
          <LoginPanel
            strings={strings}
            accounts={accounts}
            algs={algs}
            lifetimes={lifetimes}
            email={email}
            setEmail={setEmail}
            password={password}
            setPassword={setPassword}
            alg={alg}
            setAlg={setAlg}
            lifetime={lifetime}
            setLifetime={setLifetime}
            reg={reg}
            setReg={setReg}
            login={login}
            register={register}
          />
          <section aria-labelledby="demo-actions" className={panel}>
            <h2 id="demo-actions" className="text-lg font-semibold">
              <span aria-hidden="true">2. </span>
              {strings.actionsTitle}
            </h2>
            <div className="flex flex-wrap gap-2">
              <button type="button" className={secondary} onClick={() => void callMe('me')}>
                {strings.callMe}
              </button>
              <button
                type="button"
                className={secondary}
                disabled={!token}
                aria-describedby={token ? undefined : 'demo-need-token'}
                onClick={() => void callMe('tamper')}
              >
                {strings.tamper}
              </button>
              <button
                type="button"
                className={secondary}
                disabled={!token}
                aria-describedby={token ? undefined : 'demo-need-token'}
                onClick={() => void callMe('noBearer')}
              >
                {strings.noBearer}
              </button>
              <button
                type="button"
                className={secondary}
                disabled={!token}
                aria-describedby={token ? undefined : 'demo-need-token'}
                onClick={waitForExpiry}
              >
                {waitUntil === null ? strings.waitExpiry : strings.stopWaiting}
              </button>
            </div>
            {!token && (
              <p id="demo-need-token" className="text-xs text-zinc-600 dark:text-zinc-400">
                {strings.needToken}
              </p>
            )}
            {waitUntil !== null && (
              <p className="font-mono text-sm tabular-nums" role="timer">
                {fill(strings.waiting, {
                  seconds: Math.max(0, Math.ceil((waitUntil - now) / 1000)),
                })}
              </p>
            )}
          </section>

          <section aria-labelledby="demo-session" className={panel}>
            <h2 id="demo-session" className="text-lg font-semibold">
              <span aria-hidden="true">3. </span>
              {strings.sessionTitle}
            </h2>
            <div className="flex flex-wrap gap-2">
              <button type="button" className={secondary} onClick={() => void refresh()}>
                {strings.refresh}
              </button>
              <button
                type="button"
                className={secondary}
                disabled={!canReplay}
                aria-describedby="demo-need-refresh"
                onClick={() => void replay()}
              >
                {strings.replay}
              </button>
              <button type="button" className={secondary} onClick={() => void logout()}>
                {strings.logout}
              </button>
            </div>
            <p id="demo-need-refresh" className="text-xs text-zinc-600 dark:text-zinc-400">
              {strings.needRefresh}
            </p>
          </section>

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
                {latestStatus && (
                  <code className="mx-2 font-mono font-semibold">{latestStatus}</code>
                )}
                {outcome.code && <code className="mr-2 font-mono text-xs">{outcome.code}</code>}
                <span className="block sm:inline">{outcome.message}</span>
              </p>
            ) : null}
          </div>

          <section aria-labelledby="demo-token" className={panel}>
            <h2 id="demo-token" className="text-lg font-semibold">
              {strings.tokenTitle}
            </h2>
            {token ? (
              <TokenView token={token} context={tokenContext} live />
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
        <ExchangeLog
          exchanges={exchanges}
          strings={strings}
          errors={errors}
          code={props.code}
          tokenContext={tokenContext}
        />
      </section>
    </div>
  )
}
