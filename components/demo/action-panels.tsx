'use client'
/**
 * @module The demo's numbered action panels: "2." calls /api/me with the token as is, tampered,
 * without "Bearer", or after waiting for it to expire; "3." refreshes, replays the old refresh
 * token and logs out. Before the first login every one of them is disabled, and a note the
 * buttons point to (aria-describedby) says why; each panel shows its own latest result.
 */
import type { ReactNode } from 'react'
import { fill } from '@/lib/i18n/fill'
import type { DemoStrings } from './strings'
import { panel, secondary } from './styles'
import type { MeCall } from './use-session'

/** One of the panels' buttons; `describedBy` names the note that says why it may be disabled. */
function ActionButton({
  children,
  onClick,
  disabled = false,
  describedBy,
}: {
  children: ReactNode
  onClick: () => void
  disabled?: boolean
  describedBy?: string
}) {
  return (
    <button
      type="button"
      className={secondary}
      disabled={disabled}
      aria-describedby={describedBy}
      onClick={onClick}
    >
      {children}
    </button>
  )
}

export function ActionsPanel({
  strings,
  hasToken,
  onCall,
  waiting,
  secondsLeft,
  onToggleWait,
  result,
}: {
  strings: DemoStrings
  hasToken: boolean
  onCall: (kind: Exclude<MeCall, 'expired'>) => void
  waiting: boolean
  secondsLeft: number | null
  onToggleWait: () => void
  result: ReactNode
}) {
  // The token-dependent buttons say why they are disabled.
  const needToken = hasToken ? undefined : 'demo-need-token'
  return (
    <section aria-labelledby="demo-actions" className={panel}>
      <h2 id="demo-actions" className="text-lg font-semibold">
        <span aria-hidden="true">2. </span>
        {strings.actionsTitle}
      </h2>
      <div className="flex flex-wrap gap-2">
        <ActionButton disabled={!hasToken} describedBy={needToken} onClick={() => onCall('me')}>
          {strings.callMe}
        </ActionButton>
        <ActionButton disabled={!hasToken} describedBy={needToken} onClick={() => onCall('tamper')}>
          {strings.tamper}
        </ActionButton>
        <ActionButton
          disabled={!hasToken}
          describedBy={needToken}
          onClick={() => onCall('noBearer')}
        >
          {strings.noBearer}
        </ActionButton>
        <ActionButton disabled={!hasToken} describedBy={needToken} onClick={onToggleWait}>
          {waiting ? strings.stopWaiting : strings.waitExpiry}
        </ActionButton>
      </div>
      {!hasToken && (
        <p id="demo-need-token" className="text-xs text-zinc-600 dark:text-zinc-400">
          {strings.needToken}
        </p>
      )}
      {waiting && (
        <p className="font-mono text-sm tabular-nums" role="timer">
          {fill(strings.waiting, { seconds: secondsLeft ?? 0 })}
        </p>
      )}
      {result}
    </section>
  )
}

export function SessionPanel({
  strings,
  loggedIn,
  canReplay,
  onRefresh,
  onReplay,
  onLogout,
  result,
}: {
  strings: DemoStrings
  /** A login in this tab set the refresh cookie (the page cannot see the HttpOnly cookie). */
  loggedIn: boolean
  canReplay: boolean
  onRefresh: () => void
  onReplay: () => void
  onLogout: () => void
  result: ReactNode
}) {
  const needLogin = loggedIn ? undefined : 'demo-need-login'
  const replayReason = !loggedIn ? needLogin : canReplay ? undefined : 'demo-need-refresh'

  return (
    <section aria-labelledby="demo-session" className={panel}>
      <h2 id="demo-session" className="text-lg font-semibold">
        <span aria-hidden="true">3. </span>
        {strings.sessionTitle}
      </h2>
      <div className="flex flex-wrap gap-2">
        <ActionButton disabled={!loggedIn} describedBy={needLogin} onClick={onRefresh}>
          {strings.refresh}
        </ActionButton>
        <ActionButton
          disabled={!loggedIn || !canReplay}
          describedBy={replayReason}
          onClick={onReplay}
        >
          {strings.replay}
        </ActionButton>
        <ActionButton disabled={!loggedIn} describedBy={needLogin} onClick={onLogout}>
          {strings.logout}
        </ActionButton>
      </div>
      {!loggedIn ? (
        <p id="demo-need-login" className="text-xs text-zinc-600 dark:text-zinc-400">
          {strings.needLogin}
        </p>
      ) : (
        !canReplay && (
          <p id="demo-need-refresh" className="text-xs text-zinc-600 dark:text-zinc-400">
            {strings.needRefresh}
          </p>
        )
      )}
      {result}
    </section>
  )
}
