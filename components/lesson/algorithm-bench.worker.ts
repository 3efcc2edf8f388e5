/**
 * @module The algorithm bench's Web Worker: measures each algorithm with lib/lessons'
 * benchAlgorithm off the main thread and posts each phase and result back. Measured here:
 * on the main thread, Chromium's RSA key generation and signing held the page for ~7 s (no input,
 * no paint), so the loops live here; the page terminates the worker to cancel at once.
 */
import {
  BENCH_ALGS,
  benchAlgorithm,
  type BenchAlg,
  type BenchPhase,
  type BenchResult,
} from '@/lib/lessons/algorithm-bench'

export type BenchRequest = { runs: number }
export type BenchMessage =
  | { type: 'phase'; alg: BenchAlg; phase: BenchPhase; index: number }
  | { type: 'result'; alg: BenchAlg; result: BenchResult }
  | { type: 'unsupported'; alg: BenchAlg }
  | { type: 'done' }

const post = (message: BenchMessage) => self.postMessage(message)

self.onmessage = async (event: MessageEvent<BenchRequest>) => {
  for (const [index, alg] of BENCH_ALGS.entries()) {
    try {
      const result = await benchAlgorithm(alg, {
        runs: event.data.runs,
        onPhase: (_, phase) => post({ type: 'phase', alg, phase, index }),
      })
      post({ type: 'result', alg, result })
    } catch {
      // A browser without this algorithm in Web Crypto (Ed25519 before Chrome 137, say).
      post({ type: 'unsupported', alg })
    }
  }
  post({ type: 'done' })
}
