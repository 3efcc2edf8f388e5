/**
 * @module The picture of <InjectedScript>: store a token the two ways, run the injected script,
 * and read what it found. No hooks, so the server renders it as the still picture and the live
 * InjectedScriptLive renders the same markup with handlers and results.
 */
import { formatMessage } from '@/lib/i18n/format-message'
import type { Loot } from '@/lib/lessons/injected-script'
import { BusyButton } from './token-parts'

export type InjectedScriptLabels = {
  store: string
  run: string
  clear: string
  storing: string
  stored: string
  storedNoStorage: string
  storeFailed: string
  offline: string
  cleared: string
  running: string
  storage: string
  cookie: string
  request: string
  found: string
  nothingStored: string
  cookieHidden: string
  cookieRead: string
  sent: string
  notSent: string
  requestFailed: string
}

/** Where storing stands: nothing yet, under way, done (`storage: false`: localStorage refused). */
export type StoreState =
  | { step: 'idle' }
  | { step: 'storing' }
  | { step: 'stored'; storage: boolean }
  | { step: 'failed'; status?: number }
  | { step: 'cleared' }

const button =
  'rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 aria-disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-zinc-800'
const primary =
  'rounded-md bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-800 aria-disabled:opacity-60 dark:bg-indigo-400 dark:text-zinc-950 dark:hover:bg-indigo-300'

const short = (token: string) => (token.length > 28 ? `${token.slice(0, 28)}…` : token)

function storeMessage(state: StoreState, labels: InjectedScriptLabels, locale: string) {
  switch (state.step) {
    case 'idle':
      return ''
    case 'storing':
      return labels.storing
    case 'stored':
      return state.storage ? labels.stored : labels.storedNoStorage
    case 'cleared':
      return labels.cleared
    case 'failed':
      return state.status === undefined
        ? labels.offline
        : formatMessage(labels.storeFailed, { status: state.status }, locale)
  }
}

function Finding({ where, ok, text }: { where: string; ok: boolean; text: string }) {
  return (
    <li className="space-y-0.5">
      <p className="font-mono text-xs font-semibold">{where}</p>
      <p
        className={ok ? 'text-red-800 dark:text-red-300' : 'text-emerald-800 dark:text-emerald-300'}
      >
        <span aria-hidden="true">{ok ? '⚠ ' : '✓ '}</span>
        {text}
      </p>
    </li>
  )
}

export function InjectedScriptView({
  store,
  loot,
  running,
  labels,
  locale,
  onStore,
  onRun,
  onClear,
}: {
  store: StoreState
  /** What the last run of the script found. */
  loot: Loot | undefined
  running: boolean
  labels: InjectedScriptLabels
  locale: string
  onStore?: () => void
  onRun?: () => void
  onClear?: () => void
}) {
  const failed = store.step === 'failed'
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <BusyButton className={button} off={store.step === 'storing'} onPress={onStore}>
          {labels.store}
        </BusyButton>
        <BusyButton className={primary} off={running} onPress={onRun}>
          {labels.run}
        </BusyButton>
        <button type="button" className={button} onClick={onClear}>
          {labels.clear}
        </button>
      </div>
      <p
        role="status"
        aria-live="polite"
        className={`min-h-5 text-sm ${failed ? 'font-medium text-red-700 dark:text-red-300' : ''}`}
        data-testid="store-status"
      >
        {storeMessage(store, labels, locale)}
      </p>
      <div role="status" aria-live="polite" aria-busy={running} data-testid="script-findings">
        {running && <p className="text-sm">{labels.running}</p>}
        {!running && loot && (
          <ul className="space-y-2 text-sm">
            <Finding
              where={labels.storage}
              ok={loot.fromStorage !== null}
              text={
                loot.fromStorage === null
                  ? labels.nothingStored
                  : formatMessage(labels.found, { token: short(loot.fromStorage) }, locale)
              }
            />
            <Finding
              where={labels.cookie}
              ok={loot.fromCookie !== null}
              text={
                loot.fromCookie === null
                  ? formatMessage(labels.cookieHidden, { count: loot.visibleCookies }, locale)
                  : formatMessage(labels.cookieRead, { token: short(loot.fromCookie) }, locale)
              }
            />
            <Finding
              where={labels.request}
              ok={loot.cookieSent === true}
              text={
                loot.cookieSent === null
                  ? labels.requestFailed
                  : loot.cookieSent
                    ? labels.sent
                    : labels.notSent
              }
            />
          </ul>
        )}
      </div>
    </div>
  )
}
