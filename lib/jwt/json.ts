/** @module json — JSON parsing that also reports duplicate keys and where parsing failed. */
import { scanJson } from './json-scan'

export { isJsonObject, type JsonObject } from './json-object'

/** A key that appears twice in the same object. */
export interface DuplicateKey {
  /** Dotted path of the object holding the key (empty for the top level). */
  path: string
  key: string
  /** Offset of the second occurrence in the JSON text. */
  at: number
}

/** The outcome of {@link parseJson}. */
export type JsonResult =
  | { ok: true; value: unknown; duplicates: DuplicateKey[] }
  | { ok: false; at?: number; detail: string }

/**
 * Parses JSON text. Duplicate keys are listed: `JSON.parse` keeps the last value, other
 * parsers keep the first, so a token with duplicates may mean different things to different
 * servers. On a syntax error `at` is the offset when the engine reports it.
 *
 * @example
 * parseJson('{"a":1,"a":2}') // => { ok: true, value: { a: 2 }, duplicates: [{ path: '', key: 'a', at: 7 }] }
 */
export function parseJson(text: string): JsonResult {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    const match = /position (\d+)/.exec(detail)
    const at = match ? Number(match[1]) : undefined
    return at === undefined ? { ok: false, detail } : { ok: false, at, detail }
  }
  return { ok: true, value, duplicates: text.includes('{') ? findDuplicateKeys(text) : [] }
}

/**
 * Lists duplicate keys in JSON text already known to be valid (scanJson does the scanning).
 *
 * @example
 * findDuplicateKeys('{"x":{"k":1,"k":2}}') // => [{ path: 'x', key: 'k', at: 12 }]
 */
export function findDuplicateKeys(text: string): DuplicateKey[] {
  const scan = scanJson(text)
  return scan.ok ? scan.duplicates : []
}
