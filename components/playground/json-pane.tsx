'use client'
/**
 * @module A decoded part (header or payload) as JSON. The server renders a plain view that is
 * already useful: the JSON, with each key a target that lights up its bytes in the token. After
 * first paint Monaco loads (next/dynamic, ssr: false) and takes over once it is ready; if it never
 * arrives, a plain textarea keeps the JSON editable.
 */
import dynamic from 'next/dynamic'
import { Component, memo, useState, type ReactNode } from 'react'
import type { JsonMember } from '@/lib/jwt/json-scan'
import { fill } from '@/lib/i18n/fill'
import { highlightTarget } from './highlight-target'
import type { ClaimDocs, StringsFor } from './strings'

const MonacoJsonEditor = dynamic(
  () => import('./monaco-json-editor').then((m) => m.MonacoJsonEditor),
  { ssr: false, loading: () => null },
)

class EditorBoundary extends Component<
  { onError: () => void; children: ReactNode },
  { failed: boolean }
> {
  state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  componentDidCatch() {
    this.props.onError()
  }
  render() {
    return this.state.failed ? null : this.props.children
  }
}

export interface JsonPaneProps {
  part: 'header' | 'payload'
  title: string
  label: string
  text: string
  onChange: (text: string) => void
  /** Top-level members of `text`, for the plain view's key targets. */
  members: readonly JsonMember[]
  /** The key whose bytes are lit up in the token. */
  activeKey: string | null
  onLocate: (offset: number | null) => void
  error: { at: number; line: number; column: number; message: string } | null
  docs: ClaimDocs
  /** Start loading Monaco (after first paint). */
  loadEditor: boolean
  /** Edit mode: the plain fallback is a textarea. */
  editing: boolean
  strings: StringsFor<'editors' | 'claimsTable'>
  /** Text shown instead of the JSON, e.g. "No payload". */
  placeholder?: string
  /**
   * Keep the editor mounted behind the placeholder: there is a token, unreadable for now (most
   * likely for a keystroke). Without a token at all the editor goes away.
   */
  keepEditor?: boolean
}

const TONE = { header: 'text-jwt-header', payload: 'text-jwt-payload' }

function PlainJson({
  text,
  members,
  activeKey,
  onLocate,
  strings,
}: Pick<JsonPaneProps, 'text' | 'members' | 'activeKey' | 'onLocate' | 'strings'>) {
  // Cap the number of key targets so a 64 KB payload does not become thousands of tab stops.
  const targets = members.slice(0, 200)
  const out: ReactNode[] = []
  let at = 0
  for (const m of targets) {
    out.push(text.slice(at, m.keyStart))
    out.push(
      <span
        key={m.keyStart}
        role="button"
        tabIndex={0}
        aria-label={fill(strings.claimsTable.highlight, { claim: m.key })}
        aria-pressed={activeKey === m.key}
        {...highlightTarget(
          activeKey === m.key,
          () => onLocate(m.keyStart),
          () => onLocate(null),
        )}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault()
            onLocate(activeKey === m.key ? null : m.keyStart)
          }
        }}
        className={`cursor-pointer rounded-sm underline decoration-dotted underline-offset-4 ${activeKey === m.key ? 'bg-amber-200 dark:bg-amber-500/30' : ''}`}
      >
        {text.slice(m.keyStart, m.keyEnd)}
      </span>,
    )
    at = m.keyEnd
  }
  out.push(text.slice(at))
  return (
    <pre
      className="max-h-[480px] min-h-16 overflow-auto rounded-lg border border-zinc-200 bg-white p-3 font-mono text-[13px] leading-[19px] whitespace-pre-wrap break-all dark:border-zinc-800 dark:bg-zinc-950"
      translate="no"
    >
      <code>{out}</code>
    </pre>
  )
}

export const JsonPane = memo(function JsonPane(props: JsonPaneProps) {
  const [ready, setReady] = useState(false)
  const [failed, setFailed] = useState(false)
  const errorId = `pg-${props.part}-error`
  const covered = props.placeholder !== undefined
  // While a token is there the editor stays mounted behind the placeholder: a payload that
  // breaks for one keystroke and comes back with the next does not rebuild Monaco and its 48 KB
  // model each time.
  const showMonaco = props.loadEditor && !failed && (!covered || Boolean(props.keepEditor))
  return (
    <div
      className="min-w-0"
      data-testid={`pane-${props.part}`}
      data-editor={ready ? 'monaco' : 'plain'}
    >
      <h3 className={`mb-1 text-xs font-semibold tracking-wide uppercase ${TONE[props.part]}`}>
        {props.title}
      </h3>
      {covered && (
        <p className="rounded-lg border border-dashed border-zinc-300 p-3 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
          {props.placeholder}
        </p>
      )}
      <div className="relative" hidden={covered}>
        {showMonaco && (
          <div
            className={ready ? '' : 'pointer-events-none absolute inset-0 opacity-0'}
            inert={!ready}
          >
            <EditorBoundary onError={() => setFailed(true)}>
              <MonacoJsonEditor
                value={props.text}
                onChange={props.onChange}
                path={`${props.part}.json`}
                label={props.label}
                docs={props.docs}
                error={props.error}
                onLocate={props.onLocate}
                onReady={() => setReady(true)}
                readOnly={!props.editing}
                readOnlyMessage={props.strings.editors.readOnly}
                hidden={covered}
              />
            </EditorBoundary>
          </div>
        )}
        {!ready &&
          !covered &&
          (props.editing || failed ? (
            <textarea
              aria-label={props.label}
              value={props.text}
              onChange={(e) => props.onChange(e.target.value)}
              spellCheck={false}
              rows={Math.min(Math.max(props.text.split('\n').length, 3), 20)}
              aria-invalid={Boolean(props.error)}
              aria-describedby={props.error ? errorId : undefined}
              className="block w-full rounded-lg border border-zinc-200 bg-white p-3 font-mono text-[13px] leading-[19px] dark:border-zinc-800 dark:bg-zinc-950"
            />
          ) : (
            <PlainJson
              text={props.text}
              members={props.members}
              activeKey={props.activeKey}
              onLocate={props.onLocate}
              strings={props.strings}
            />
          ))}
      </div>
      {failed && (
        <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          {props.strings.editors.failed}
        </p>
      )}
      {props.error && (
        <p
          id={errorId}
          role="alert"
          className="mt-1 text-sm font-medium text-red-700 dark:text-red-300"
        >
          {props.error.message}
        </p>
      )}
    </div>
  )
})
