/**
 * @module The picture of <LoginFlow>: the reader's throwaway account, the six steps, the current
 * step's request (and, once sent, the response and the access token decoded), and the buttons.
 * No hooks: the server renders step 1 unsent as the still picture; LoginFlowLive the same markup.
 */
import { problemOf, type Exchange, type HeaderLine } from '@/lib/demo/exchange'
import { requestHeaders } from '@/lib/demo/request'
import { fill } from '@/lib/i18n/fill'
import { abbreviate, looksLikeJwt } from '@/lib/jwt/format'
import { peekJws } from '@/lib/jwt/segment'
import { FLOW_STEPS, flowRequest, type FlowAccount, type FlowStep } from '@/lib/lessons/login-flow'
import { BusyButton, DecodedJson } from './token-parts'

export type LoginFlowLabels = {
  account: string
  email: string
  password: string
  name: string
  accountPending: string
  demoAccount: string
  stepsLabel: string
  stepOf: string
  steps: Record<FlowStep, { title: string; explain: string; ok: string }>
  request: string
  response: string
  send: string
  sendAgain: string
  next: string
  done: string
  back: string
  restart: string
  useDemo: string
  registerFailed: string
  sending: string
  networkError: string
  codeOnly: string
  accessToken: string
  header: string
  payload: string
  sentByBrowser: string
  httpOnly: string
  errors: Record<string, string>
}

export type LoginFlowState = {
  account?: FlowAccount
  step: number
  /** The exchange each step sent, once sent. */
  results: (Exchange | undefined)[]
  accessToken?: string
  busy: boolean
}

/** A step is done when it got the answer it teaches (the last step's is a 401). */
export function stepDone(step: FlowStep, exchange: Exchange | undefined): boolean {
  const status = exchange?.response?.status
  if (status === undefined) return false
  return step === 'refreshAgain' ? status === 401 : status < 400
}

/** The still picture's account, before the live widget makes one. */
const PLACEHOLDER: FlowAccount = { email: '…', password: '…', name: '…' }

const button =
  'rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm font-medium hover:bg-zinc-100 disabled:opacity-60 aria-disabled:opacity-60 dark:border-zinc-700 dark:bg-zinc-950 dark:hover:bg-zinc-800'
const primary =
  'rounded-md bg-indigo-700 px-3 py-2 text-sm font-medium text-white hover:bg-indigo-800 aria-disabled:opacity-60 dark:bg-indigo-400 dark:text-zinc-950 dark:hover:bg-indigo-300'

function bodyText(body: unknown): string {
  if (body === undefined) return ''
  if (typeof body === 'string') return body
  return JSON.stringify(
    body,
    (_, value: unknown) =>
      typeof value === 'string' && looksLikeJwt(value) ? abbreviate(value, 16, 10) : value,
    2,
  )
}

function Lines({ lines, labels }: { lines: HeaderLine[]; labels: LoginFlowLabels }) {
  return lines.map((line, index) => (
    <span key={index} className="block [overflow-wrap:anywhere]">
      <span className="text-sky-800 dark:text-sky-300">{line.name}</span>:{' '}
      {line.token ? line.value.replace(line.token, abbreviate(line.token, 16, 10)) : line.value}
      {line.hidden && (
        <span className="ml-2 font-sans text-xs text-amber-800 dark:text-amber-300">
          {line.hidden === 'httpOnly' ? labels.httpOnly : labels.sentByBrowser}
        </span>
      )}
    </span>
  ))
}

function Message({
  exchange,
  step,
  labels,
}: {
  exchange: Exchange
  step: FlowStep
  labels: LoginFlowLabels
}) {
  if (exchange.networkError || !exchange.response) return <p>{labels.networkError}</p>
  const problem = problemOf(exchange)
  const good = stepDone(step, exchange)
  const tone = good
    ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200'
    : 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200'
  const { status } = exchange.response
  const text = !problem
    ? labels.steps[step].ok
    : problem.code && labels.errors[problem.code]
      ? labels.errors[problem.code]
      : fill(labels.codeOnly, { status, code: problem.code ?? '' })
  return (
    <p className={`inline-flex items-start gap-1.5 rounded-md px-2 py-1 font-medium ${tone}`}>
      <span aria-hidden="true">{good ? '✓' : '✗'}</span>
      <span>{good && problem ? `${labels.steps[step].ok} ${text}` : text}</span>
    </p>
  )
}

export function LoginFlowView({
  labels,
  state,
  onSend,
  onNext,
  onBack,
  onRestart,
  onUseDemo,
}: {
  labels: LoginFlowLabels
  state: LoginFlowState
  onSend?: () => void
  onNext?: () => void
  onBack?: () => void
  onRestart?: () => void
  onUseDemo?: () => void
}) {
  const { account, step: index, results, busy } = state
  const step = FLOW_STEPS[index] ?? 'register'
  const exchange = results[index]
  const done = stepDone(step, exchange)
  const last = index === FLOW_STEPS.length - 1
  const preview = flowRequest(step, {
    account: account ?? PLACEHOLDER,
    accessToken: state.accessToken,
  })
  const sent = exchange?.request ?? {
    method: preview.method,
    path: preview.path,
    headers: requestHeaders(preview).shown,
    body: preview.body,
  }
  // After logout the browser has no refresh cookie left to add.
  const shownRequest = {
    ...sent,
    headers: sent.headers.filter(
      (line) => step !== 'refreshAgain' || line.hidden !== 'sentByBrowser',
    ),
  }
  const token = exchange?.issuedToken
  const decoded = token ? peekJws(token) : null
  const registerFailed = step === 'register' && exchange !== undefined && !done && !busy
  const primaryLabel = busy
    ? labels.sending
    : done
      ? last
        ? labels.done
        : labels.next
      : exchange
        ? labels.sendAgain
        : labels.send
  const primaryOff = busy || (done && last)
  return (
    <div className="space-y-3">
      <section
        aria-label={labels.account}
        className="rounded-md bg-white p-3 text-sm dark:bg-zinc-950"
      >
        <p className="font-semibold">{account?.demo ? labels.demoAccount : labels.account}</p>
        {account ? (
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
            <dt>{labels.email}</dt>
            <dd className="font-mono break-all" translate="no" data-testid="flow-email">
              {account.email}
            </dd>
            <dt>{labels.password}</dt>
            <dd className="font-mono break-all" translate="no" data-testid="flow-password">
              {account.password}
            </dd>
          </dl>
        ) : (
          <p className="mt-1 text-zinc-600 dark:text-zinc-400">{labels.accountPending}</p>
        )}
      </section>
      <ol aria-label={labels.stepsLabel} className="flex flex-wrap gap-1.5 text-xs">
        {FLOW_STEPS.map((name, i) => (
          <li
            key={name}
            aria-current={i === index ? 'step' : undefined}
            className={`rounded-full border px-2 py-0.5 ${
              i === index
                ? 'border-indigo-700 bg-indigo-700 text-white dark:border-indigo-400 dark:bg-indigo-400 dark:text-zinc-950'
                : 'border-zinc-300 dark:border-zinc-700'
            } ${stepDone(name, results[i]) ? '' : 'opacity-90'}`}
          >
            {i + 1}. {labels.steps[name].title}
          </li>
        ))}
      </ol>
      <div className="space-y-1">
        <h3 className="text-sm font-semibold" data-testid="flow-step">
          {fill(labels.stepOf, {
            n: index + 1,
            total: FLOW_STEPS.length,
            title: labels.steps[step].title,
          })}
        </h3>
        <p className="text-sm">{labels.steps[step].explain}</p>
      </div>
      <div className="grid gap-3 lg:grid-cols-2">
        <div className="min-w-0">
          <p className="mb-1 text-xs font-semibold tracking-wide uppercase">{labels.request}</p>
          <pre
            className="overflow-x-auto rounded-md bg-white p-3 font-mono text-xs whitespace-pre-wrap dark:bg-zinc-950"
            tabIndex={0}
            translate="no"
            data-testid="flow-request"
          >
            <span className="block font-semibold">
              {shownRequest.method} {shownRequest.path}
            </span>
            <Lines lines={shownRequest.headers} labels={labels} />
            {shownRequest.body !== undefined && (
              <span className="mt-2 block [overflow-wrap:anywhere]">
                {bodyText(shownRequest.body)}
              </span>
            )}
          </pre>
        </div>
        {exchange?.response && (
          <div className="min-w-0">
            <p className="mb-1 text-xs font-semibold tracking-wide uppercase">{labels.response}</p>
            <pre
              className="overflow-x-auto rounded-md bg-white p-3 font-mono text-xs whitespace-pre-wrap dark:bg-zinc-950"
              tabIndex={0}
              translate="no"
              data-testid="flow-response"
            >
              <span className="block font-semibold">
                {exchange.response.status} {exchange.response.statusText}
              </span>
              <Lines lines={exchange.response.headers} labels={labels} />
              {exchange.response.body !== undefined && (
                <span className="mt-2 block [overflow-wrap:anywhere]">
                  {bodyText(exchange.response.body)}
                </span>
              )}
            </pre>
          </div>
        )}
      </div>
      {decoded && (
        <div className="space-y-2" data-testid="flow-token">
          <p className="text-xs font-semibold tracking-wide uppercase">{labels.accessToken}</p>
          <div className="grid gap-3 lg:grid-cols-2">
            <DecodedJson
              title={labels.header}
              json={JSON.stringify(decoded.header, null, 2)}
              tone="header"
            />
            <DecodedJson
              title={labels.payload}
              json={JSON.stringify(decoded.payload, null, 2)}
              tone="payload"
            />
          </div>
        </div>
      )}
      <div role="status" aria-live="polite" aria-busy={busy} className="min-h-6 text-sm">
        {busy ? (
          <p>{labels.sending}</p>
        ) : (
          exchange && <Message exchange={exchange} step={step} labels={labels} />
        )}
        {registerFailed && <p className="mt-1">{labels.registerFailed}</p>}
      </div>
      <div className="flex flex-wrap gap-2">
        <BusyButton className={button} off={index === 0 || busy} onPress={onBack}>
          {labels.back}
        </BusyButton>
        <BusyButton className={primary} off={primaryOff} onPress={done ? onNext : onSend}>
          {primaryLabel}
        </BusyButton>
        <BusyButton className={button} off={busy} onPress={onRestart}>
          {labels.restart}
        </BusyButton>
        {registerFailed && (
          <button type="button" className={button} onClick={onUseDemo}>
            {labels.useDemo}
          </button>
        )}
      </div>
    </div>
  )
}
