'use client'
/**
 * @module The live part of <AlgorithmBench>: measures each algorithm in turn with Web Crypto.
 * Every operation is an awaited Web Crypto call (Chromium runs them off the main thread, RSA key
 * generation included), so the page stays responsive between them and Cancel takes effect at
 * the next one.
 */
import { useEffect, useRef, useState } from 'react'
import { BENCH_ALGS, benchAlgorithm } from '@/lib/lessons/algorithm-bench'
import {
  AlgorithmBenchView,
  type BenchLabels,
  type BenchRow,
  type BenchStatus,
} from './algorithm-bench-view'

const RUNS = 7

const pending = (): BenchRow[] => BENCH_ALGS.map((alg) => ({ alg, state: 'pending' }))

export function AlgorithmBenchLive({ labels, locale }: { labels: BenchLabels; locale: string }) {
  const [rows, setRows] = useState<BenchRow[]>(pending)
  const [status, setStatus] = useState<BenchStatus>({ kind: 'idle' })
  const controller = useRef<AbortController | null>(null)

  useEffect(() => () => controller.current?.abort(), [])

  async function run() {
    if (controller.current) return
    const current = new AbortController()
    controller.current = current
    setRows(pending())
    try {
      for (const [index, alg] of BENCH_ALGS.entries()) {
        let row: BenchRow
        try {
          const result = await benchAlgorithm(alg, {
            runs: RUNS,
            signal: current.signal,
            onPhase: (_, phase) => setStatus({ kind: 'running', alg, phase, index }),
          })
          row = { alg, state: 'done', result }
        } catch (error) {
          if (error instanceof DOMException && error.name === 'AbortError') throw error
          // A browser without this algorithm in Web Crypto (Ed25519 before Chrome 137, say).
          row = { alg, state: 'unsupported' }
        }
        setRows((previous) => previous.map((old) => (old.alg === alg ? row : old)))
      }
      setStatus({ kind: 'done', runs: RUNS })
    } catch {
      setStatus({ kind: 'cancelled' })
    } finally {
      controller.current = null
    }
  }

  return (
    <AlgorithmBenchView
      labels={labels}
      locale={locale}
      rows={rows}
      status={status}
      onRun={run}
      onCancel={() => controller.current?.abort()}
    />
  )
}
