/**
 * @module The pieces lesson widgets share: a token shown as its three coloured parts, its decoded
 * JSON, the widget's frame, a verdict badge, a button that can be busy, the widget's source. No
 * hooks, so both the server widgets (still pictures) and the client leaves use them, and a widget
 * reads the same before and after JavaScript runs.
 */
import type { ReactNode } from 'react'

export type PartLabels = { header: string; payload: string; signature: string }

export function ColouredToken({
  token,
  label,
  highlight,
}: {
  token: string
  label: string
  /** A part to underline, e.g. the signature that just changed. */
  highlight?: 'header' | 'payload' | 'signature'
}) {
  const [header = '', payload = '', signature = ''] = token.split('.')
  const mark = (part: string) =>
    highlight === part ? 'underline decoration-2 underline-offset-4' : undefined
  return (
    <p
      className="font-mono text-sm leading-relaxed break-all"
      translate="no"
      role="group"
      aria-label={label}
      data-testid="token"
    >
      <span className={`text-jwt-header ${mark('header') ?? ''}`}>{header}</span>
      <span className="text-jwt-dot">.</span>
      <span className={`text-jwt-payload ${mark('payload') ?? ''}`}>{payload}</span>
      <span className="text-jwt-dot">.</span>
      <span className={`text-jwt-signature ${mark('signature') ?? ''}`}>{signature}</span>
    </p>
  )
}

export function PartLegend({ labels }: { labels: PartLabels }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-hidden="true">
      <li className="text-jwt-header">■ {labels.header}</li>
      <li className="text-jwt-payload">■ {labels.payload}</li>
      <li className="text-jwt-signature">■ {labels.signature}</li>
    </ul>
  )
}

/** A labelled block of decoded JSON. */
export function DecodedJson({
  title,
  json,
  tone,
}: {
  title: string
  json: string
  tone: 'header' | 'payload'
}) {
  return (
    <div className="min-w-0">
      <p
        className={`mb-1 text-xs font-semibold tracking-wide uppercase ${tone === 'header' ? 'text-jwt-header' : 'text-jwt-payload'}`}
      >
        {title}
      </p>
      {/* Focusable, like the lessons' code blocks: a keyboard reader can scroll a long line. */}
      <pre
        className="overflow-x-auto rounded-md bg-white p-3 font-mono text-sm dark:bg-zinc-950"
        tabIndex={0}
        translate="no"
      >
        <code>{json}</code>
      </pre>
    </div>
  )
}

/** The box every widget sits in, so they look like one family. */
export function WidgetFrame({
  title,
  children,
  testId,
}: {
  title: string
  children: ReactNode
  testId?: string
}) {
  return (
    <figure
      className="my-6 space-y-3 rounded-xl border border-zinc-200 bg-zinc-50 p-4 dark:border-zinc-800 dark:bg-zinc-900"
      data-testid={testId}
    >
      <figcaption className="text-sm font-semibold text-zinc-700 dark:text-zinc-300">
        {title}
      </figcaption>
      {children}
    </figure>
  )
}

export function VerifyBadge({ ok, labels }: { ok: boolean; labels: { ok: string; fail: string } }) {
  return ok ? (
    <span className="inline-flex items-center gap-1.5 rounded-md bg-emerald-100 px-2 py-1 text-sm font-medium text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">
      <span aria-hidden="true">✓</span> {labels.ok}
    </span>
  ) : (
    <span className="inline-flex items-center gap-1.5 rounded-md bg-red-100 px-2 py-1 text-sm font-medium text-red-900 dark:bg-red-950 dark:text-red-200">
      <span aria-hidden="true">✗</span> {labels.fail}
    </span>
  )
}

/**
 * A widget's button that can be busy without letting go of the focus: while `off` it says so
 * (aria-disabled) and ignores presses, where `disabled` would drop a keyboard reader's focus to
 * the page. Without `onPress` (a still picture) it does nothing yet.
 */
export function BusyButton({
  off,
  onPress,
  className,
  children,
}: {
  off: boolean
  onPress?: () => void
  className: string
  children: ReactNode
}) {
  return (
    <button
      type="button"
      className={className}
      aria-disabled={off || undefined}
      onClick={off ? undefined : onPress}
    >
      {children}
    </button>
  )
}

/** A widget's own source as the page shows it: scrolls by keyboard, never translated. */
export function WidgetSource({ code, className = '' }: { code: ReactNode; className?: string }) {
  return (
    <pre
      className={`overflow-x-auto rounded-md bg-white p-3 font-mono text-xs leading-relaxed dark:bg-zinc-950 ${className}`}
      tabIndex={0}
      translate="no"
    >
      <code>{code}</code>
    </pre>
  )
}
