'use client'
/**
 * @module Finding and decoding the token in whatever was pasted. A short input is analysed here,
 * deferred (it takes well under a millisecond); a long one in decode.worker.ts, so typing in a
 * 64 KB token never waits for the decoder. What the page shows is always one analysis of one
 * input: until the newest is ready the last one stays (marked `pending`), and an answer for an
 * older input is never shown for the current one.
 */
import { startTransition, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { analyzeInput, WORKER_THRESHOLD, type InputAnalysis } from '@/lib/playground/analysis'
import {
  createDecodeClient,
  type DecodeClient,
  type WorkerLike,
} from '@/lib/playground/decode-client'

function makeWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null
  return new Worker(new URL('../../lib/playground/decode.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike
}

/** Stands in for every long input in the deferred value, which then stays put while they change. */
const LONG = '\u0000long'
const NOTHING = analyzeInput('', null)

/** `picked`: which of several tokens in the input the learner chose; null: the best guess. */
export function useFoundToken(text: string, picked: number | null) {
  const long = text.length > WORKER_THRESHOLD
  // Short inputs: deferred, as before. Long ones bypass it, or every keystroke would render the
  // whole page twice (once urgent, once deferred) for nothing.
  const deferred = useDeferredValue(long ? LONG : text)
  const local = useMemo(
    () => (deferred === LONG ? null : analyzeInput(deferred, picked)),
    [deferred, picked],
  )
  const [remote, setRemote] = useState<InputAnalysis | null>(null)
  const client = useRef<DecodeClient | null>(null)
  useEffect(() => {
    if (!long) return
    client.current ??= createDecodeClient(makeWorker)
    // A transition: rendering a newly decoded 64 KB token yields to the next keystroke.
    client.current.request(text, picked, (analysis) => startTransition(() => setRemote(analysis)))
  }, [long, text, picked])
  useEffect(() => () => client.current?.dispose(), [])

  const fresh = long
    ? remote && remote.input === text && remote.picked === picked
      ? remote
      : null
    : local
  // Until the newest analysis arrives, the last one shown stays (never one for a newer input).
  const [shown, setShown] = useState<InputAnalysis | null>(null)
  if (fresh && fresh !== shown) setShown(fresh)
  const analysis = fresh ?? shown ?? NOTHING
  const pending = fresh === null || (!long && deferred !== text)

  const { found, current, decoded, headerScan, payloadScan } = analysis
  const token = current?.token
  const jws = decoded?.ok && decoded.kind === 'jws' ? decoded : undefined
  const tokenAlg = decoded?.ok
    ? decoded.alg
    : typeof decoded?.header?.alg === 'string'
      ? decoded.header.alg
      : undefined
  return { found, current, token, decoded, jws, tokenAlg, headerScan, payloadScan, pending }
}
