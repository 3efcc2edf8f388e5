/**
 * @module json-problem — why an editor's text cannot be signed: a JSON syntax error, or JSON that
 * is not an object. Returned as a reason code with its position; the UI words it in the page's
 * language, so tests assert the code, never a sentence.
 */
import { lineColumn, type JsonScan, type JsonSyntaxReason } from '@/lib/jwt/json-scan'

export interface JsonProblem {
  at: number
  /** 1-based. */
  line: number
  /** 1-based. */
  column: number
  reason: JsonSyntaxReason | 'not-object'
}

/**
 * Where and why `text` is not a JSON object; null when it is one. `scan` is `scanJson(text)`,
 * passed in because the caller already has it (memoized per text).
 *
 * @example
 * jsonObjectProblem('[1]', scanJson('[1]')) // => { at: 0, line: 1, column: 1, reason: 'not-object' }
 */
export function jsonObjectProblem(text: string, scan: JsonScan): JsonProblem | null {
  if (!scan.ok) return { at: scan.at, line: scan.line, column: scan.column, reason: scan.reason }
  const at = text.search(/\S/)
  if (text[at] === '{') return null
  return { at: Math.max(at, 0), ...lineColumn(text, Math.max(at, 0)), reason: 'not-object' }
}
