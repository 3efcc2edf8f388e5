/**
 * @module decode-client — the page's side of decode.worker.ts: sends the input to analyse and
 * hands back only the answer for the newest request. While the worker is busy, newer requests
 * replace the one waiting, so a burst of keystrokes costs one analysis after the one under way,
 * not one per key; an answer for an older text is dropped, never shown for the current one. If
 * the worker cannot start or fails, the analysis runs here instead: slower, but never missing.
 */
import { analyzeInput, type InputAnalysis } from './analysis'

/** What the page sends: the input and which found token the learner picked. */
export interface AnalysisRequest {
  id: number
  input: string
  picked: number | null
}

/** What the worker answers: the analysis for request `id`. */
export interface AnalysisResponse {
  id: number
  analysis: InputAnalysis
}

/** The part of `Worker` this client uses, so tests can drive it with a fake. */
export interface WorkerLike {
  postMessage(message: AnalysisRequest): void
  onmessage: ((event: { data: AnalysisResponse }) => void) | null
  onerror: ((event: unknown) => void) | null
  terminate(): void
}

export interface DecodeClient {
  /** Analyse `input`; `onResult` is called once, unless a newer request comes first. */
  request(input: string, picked: number | null, onResult: (analysis: InputAnalysis) => void): void
  /** Forget the pending request (its answer is dropped) and stop the worker. */
  dispose(): void
}

/**
 * @example
 * const client = createDecodeClient(() => new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' }))
 * client.request(bigToken, null, (analysis) => show(analysis))
 */
export function createDecodeClient(makeWorker: () => WorkerLike | null): DecodeClient {
  let worker: WorkerLike | null | undefined
  let nextId = 1
  let latest: { request: AnalysisRequest; onResult: (a: InputAnalysis) => void } | null = null
  let inFlight: number | null = null
  let waiting = false

  function runHere() {
    const target = latest
    if (!target) return
    latest = null
    target.onResult(analyzeInput(target.request.input, target.request.picked))
  }

  function start(): WorkerLike | null {
    if (worker !== undefined) return worker
    try {
      worker = makeWorker()
    } catch {
      worker = null
    }
    if (worker) {
      worker.onmessage = ({ data }) => {
        inFlight = null
        if (latest && data.id === latest.request.id) {
          const { onResult } = latest
          latest = null
          onResult(data.analysis)
        } else if (waiting) send()
      }
      worker.onerror = () => {
        // A worker that failed once (a script that did not load, an exception) is not trusted
        // with the next request: from now on the page analyses its own input.
        worker?.terminate()
        worker = null
        inFlight = null
        waiting = false
        runHere()
      }
    }
    return worker
  }

  function send() {
    waiting = false
    if (!latest || !worker) return
    inFlight = latest.request.id
    worker.postMessage(latest.request)
  }

  return {
    request(input, picked, onResult) {
      latest = { request: { id: nextId++, input, picked }, onResult }
      if (!start()) return runHere()
      if (inFlight === null) send()
      else waiting = true
    },
    dispose() {
      latest = null
      waiting = false
      worker?.terminate()
      worker = undefined
      inFlight = null
    },
  }
}
