/**
 * @module The translated outcome of one exchange, shared by the result beside each button (first
 * paint) and the exchange log (loaded with the first exchange), so the log stays out of the first
 * load.
 */
import { problemOf, routeStepOf, type Exchange } from '@/lib/demo/exchange'
import { fill } from '@/lib/i18n/fill'
import type { DemoStrings, ErrorMessages } from './strings'

/** What the learner should read about an exchange: the translated message and its tone. */
export function outcomeOf(
  exchange: Exchange,
  strings: DemoStrings,
  errors: ErrorMessages,
): { ok: boolean; code?: string; message: string } {
  if (exchange.networkError || !exchange.response) {
    return { ok: false, message: strings.networkError }
  }
  const problem = problemOf(exchange)
  if (!problem) return { ok: true, message: strings.success[routeStepOf(exchange.kind)] }
  const code = problem.code
  const status = exchange.response.status
  // A code this page has no sentence for (a newer server) is still named, never hidden.
  const message = code
    ? (errors[code] ?? fill(strings.codeOnly, { status, code }))
    : fill(strings.unknownError, { status })
  return { ok: false, code, message }
}
