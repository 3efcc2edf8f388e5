/**
 * @module decode.worker — analyses a large input (find, decode, duplicate-key and warning scans,
 * JSON members) off the page's main thread, so typing in a 64 KB token never waits for it.
 * Loaded by components/playground/use-found-token.ts; speaks decode-client.ts's messages.
 */
import { analyzeInput } from './analysis'
import type { AnalysisRequest, AnalysisResponse } from './decode-client'

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id, input, picked } = event.data
  const response: AnalysisResponse = { id, analysis: analyzeInput(input, picked) }
  self.postMessage(response)
}
