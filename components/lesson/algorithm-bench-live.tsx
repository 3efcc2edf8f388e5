'use client'
/**
 * @module The live part of <AlgorithmBench>: measures each algorithm in turn in a Web Worker
 * (./algorithm-bench.worker), so the page stays responsive, and Cancel terminates the worker at
 * once, even in the middle of an RSA key generation. Rows measured before a cancel stay.
 */
import { useEffect, useRef, useState } from 'react'
import { BENCH_ALGS } from '@/lib/lessons/algorithm-bench'
import {
  AlgorithmBenchView,
  type BenchLabels,
  type BenchRow,
  type BenchStatus,
} from './algorithm-bench-view'
import type { BenchMessage, BenchRequest } from './algorithm-bench.worker'

const RUNS = 7

const pending = (): BenchRow[] => BENCH_ALGS.map((alg) => ({ alg, state: 'pending' }))

export function AlgorithmBenchLive({ labels, locale }: { labels: BenchLabels; locale: string }) {
  const [rows, setRows] = useState<BenchRow[]>(pending)
  const [status, setStatus] = useState<BenchStatus>({ kind: 'idle' })
  const worker = useRef<Worker | null>(null)

  useEffect(() => () => worker.current?.terminate(), [])

  function stop() {
    worker.current?.terminate()
    worker.current = null
  }

  function run() {
    if (worker.current) return
    const w = new Worker(new URL('./algorithm-bench.worker.ts', import.meta.url), {
      type: 'module',
    })
    worker.current = w
    setRows(pending())
    setStatus({ kind: 'running', alg: BENCH_ALGS[0], phase: 'keygen', index: 0 })
    const setRow = (row: BenchRow) =>
      setRows((previous) => previous.map((old) => (old.alg === row.alg ? row : old)))
    w.onmessage = (event: MessageEvent<BenchMessage>) => {
      const message = event.data
      if (message.type === 'phase') setStatus({ kind: 'running', ...message })
      else if (message.type === 'result')
        setRow({ alg: message.alg, state: 'done', result: message.result })
      else if (message.type === 'unsupported') setRow({ alg: message.alg, state: 'unsupported' })
      else {
        stop()
        setStatus({ kind: 'done', runs: RUNS })
      }
    }
    w.onerror = () => {
      stop()
      setStatus({ kind: 'cancelled' })
    }
    w.postMessage({ runs: RUNS } satisfies BenchRequest)
  }

  return (
    <AlgorithmBenchView
      labels={labels}
      locale={locale}
      rows={rows}
      status={status}
      onRun={run}
      onCancel={() => {
        stop()
        setStatus({ kind: 'cancelled' })
      }}
    />
  )
}

// The island registry loads this module for its default export.
export { AlgorithmBenchLive as default }
