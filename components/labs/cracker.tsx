'use client'
/**
 * @module The weak-secret lab's cracker: fetches the served word list, runs the guesses in a Web
 * Worker (so the page stays responsive) with a progress bar, guesses per second and cancel, and
 * shows the hashcat command that does the same. A found secret can be used to re-sign.
 */
import { useEffect, useRef, useState } from 'react'
import { fill } from '@/lib/i18n/fill'
import { HASHCAT_COMMAND } from '@/lib/labs-ui/workbench'
import type { CrackerMessage } from './cracker.worker'
import type { LabClientStrings } from './strings'
import { PRIMARY_BUTTON } from './styles'

type State =
  | { phase: 'idle' }
  | { phase: 'loading' }
  | { phase: 'running'; tried: number; total: number; rate: number }
  | { phase: 'found'; secret: string; tried: number; rate: number }
  | { phase: 'notFound'; tried: number }
  | { phase: 'cancelled'; tried: number; total: number }
  | { phase: 'error'; reason: 'network' | 'notHs256' }

const WORDLIST = '/api/labs/weak-secret/wordlist'

export function Cracker({
  token,
  strings,
  onUseSecret,
}: {
  token: string
  strings: LabClientStrings['cracker']
  onUseSecret: (secret: string) => void
}) {
  const [state, setState] = useState<State>({ phase: 'idle' })
  const worker = useRef<Worker | null>(null)
  const result = useRef<HTMLParagraphElement>(null)

  useEffect(() => () => worker.current?.terminate(), [])

  async function start() {
    worker.current?.terminate()
    setState({ phase: 'loading' })
    let wordlist: string
    try {
      const response = await fetch(WORDLIST)
      if (!response.ok) throw new Error(String(response.status))
      wordlist = await response.text()
    } catch {
      setState({ phase: 'error', reason: 'network' })
      return
    }
    const w = new Worker(new URL('./cracker.worker.ts', import.meta.url), { type: 'module' })
    worker.current = w
    w.onmessage = (event: MessageEvent<CrackerMessage>) => {
      const message = event.data
      if (message.type === 'progress') {
        setState({
          phase: 'running',
          tried: message.tried,
          total: message.total,
          rate: message.rate,
        })
        return
      }
      w.terminate()
      worker.current = null
      if (message.found)
        setState({
          phase: 'found',
          secret: message.secret,
          tried: message.tried,
          rate: message.rate,
        })
      else if (message.reason === 'notHs256') setState({ phase: 'error', reason: 'notHs256' })
      else setState({ phase: 'notFound', tried: message.tried })
      requestAnimationFrame(() => result.current?.focus())
    }
    w.postMessage({ token, wordlist })
  }

  function cancel() {
    worker.current?.terminate()
    worker.current = null
    setState((s) =>
      s.phase === 'running'
        ? { phase: 'cancelled', tried: s.tried, total: s.total }
        : { phase: 'idle' },
    )
    requestAnimationFrame(() => result.current?.focus())
  }

  const busy = state.phase === 'loading' || state.phase === 'running'
  return (
    <section
      aria-labelledby="lab-cracker"
      className="space-y-3 rounded-xl border border-zinc-200 p-3 sm:p-4 dark:border-zinc-800"
    >
      <h3 id="lab-cracker" className="font-semibold">
        {strings.title}
      </h3>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{strings.intro}</p>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={start} disabled={busy || !token} className={PRIMARY_BUTTON}>
          {strings.start}
        </button>
        {busy && (
          <button
            type="button"
            onClick={cancel}
            className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
          >
            {strings.cancel}
          </button>
        )}
      </div>
      {(state.phase === 'running' || state.phase === 'cancelled') && (
        <div className="space-y-1">
          <progress
            className="h-2 w-full accent-indigo-600"
            max={state.total || 1}
            value={state.tried}
            aria-label={strings.progressLabel}
          />
          <p className="text-sm tabular-nums">
            {fill(strings.progress, { tried: state.tried, total: state.total })}
            {state.phase === 'running' && (
              <>
                {' · '}
                {fill(strings.rate, { rate: state.rate })}
              </>
            )}
          </p>
        </div>
      )}
      <p ref={result} tabIndex={-1} aria-live="polite" className="text-sm">
        {state.phase === 'loading' && strings.loading}
        {state.phase === 'found' &&
          fill(strings.found, { secret: state.secret, tried: state.tried, rate: state.rate })}
        {state.phase === 'notFound' && fill(strings.notFound, { tried: state.tried })}
        {state.phase === 'cancelled' && fill(strings.cancelled, { tried: state.tried })}
        {state.phase === 'error' && strings.errors[state.reason]}
      </p>
      {state.phase === 'found' && (
        <button
          type="button"
          onClick={() => onUseSecret(state.secret)}
          className="rounded-md bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-emerald-800 dark:bg-emerald-500 dark:text-zinc-950"
        >
          {strings.useSecret}
        </button>
      )}
      <div className="space-y-1 text-sm">
        <p>{strings.command}</p>
        <pre
          className="overflow-x-auto rounded-md bg-zinc-100 p-2 font-mono text-xs dark:bg-zinc-900"
          tabIndex={0}
          translate="no"
        >
          {HASHCAT_COMMAND}
        </pre>
        <p className="text-zinc-600 dark:text-zinc-400">{strings.commandNote}</p>
      </div>
    </section>
  )
}
