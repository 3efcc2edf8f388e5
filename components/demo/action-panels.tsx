'use client'
/**
 * @module The demo's numbered action panels: "2." calls /api/me with the token as is, tampered,
 * without "Bearer", or after waiting for it to expire; "3." refreshes, replays the old refresh
 * token and logs out.
 */
import type { ReactNode } from 'react'
import { fill } from '@/lib/demo/format'
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
}: {
  strings: DemoStrings
  hasToken: boolean
  onCall: (kind: Exclude<MeCall, 'expired'>) => void
  waiting: boolean
  secondsLeft: number | null
  onToggleWait: () => void
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
        <ActionButton onClick={() => onCall('me')}>{strings.callMe}</ActionButton>
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
    </section>
  )
}

export function SessionPanel({
  strings,
  canReplay,
  onRefresh,
  onReplay,
  onLogout,
}: {
  strings: DemoStrings
  canReplay: boolean
  onRefresh: () => void
  onReplay: () => void
  onLogout: () => void
}) {
  return (
    <section aria-labelledby="demo-session" className={panel}>
      <h2 id="demo-session" className="text-lg font-semibold">
        <span aria-hidden="true">3. </span>
        {strings.sessionTitle}
      </h2>
      <div className="flex flex-wrap gap-2">
        <ActionButton onClick={onRefresh}>{strings.refresh}</ActionButton>
        <ActionButton disabled={!canReplay} describedBy="demo-need-refresh" onClick={onReplay}>
          {strings.replay}
        </ActionButton>
        <ActionButton onClick={onLogout}>{strings.logout}</ActionButton>
      </div>
      <p id="demo-need-refresh" className="text-xs text-zinc-600 dark:text-zinc-400">
        {strings.needRefresh}
      </p>
    </section>
  )
}
