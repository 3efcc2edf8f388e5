/** @module json — JSON parsing that also reports duplicate keys and where parsing failed. */

/** A JSON object as parsed. */
export type JsonObject = { [key: string]: unknown }

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
 * Lists duplicate keys in JSON text already known to be valid. One linear scan; string
 * contents are skipped, keys are decoded with `JSON.parse` only to compare escapes fairly.
 *
 * @example
 * findDuplicateKeys('{"x":{"k":1,"k":2}}') // => [{ path: 'x', key: 'k', at: 12 }]
 */
export function findDuplicateKeys(text: string): DuplicateKey[] {
  type Frame = {
    kind: 'object'
    keys: Set<string>
    path: string
    expectKey: boolean
    lastKey: string
  }
  type ArrayFrame = { kind: 'array'; path: string; index: number }
  const stack: Array<Frame | ArrayFrame> = []
  const duplicates: DuplicateKey[] = []
  const childPath = (): string => {
    const top = stack[stack.length - 1]
    if (!top) return ''
    const name = top.kind === 'object' ? top.lastKey : String(top.index)
    return top.path ? `${top.path}.${name}` : name
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22 /* " */) {
      const start = i
      i++
      while (i < text.length && text.charCodeAt(i) !== 0x22) {
        if (text.charCodeAt(i) === 0x5c) i++
        i++
      }
      const top = stack[stack.length - 1]
      if (top?.kind === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(start, i + 1)) as string
        if (top.keys.has(key)) duplicates.push({ path: top.path, key, at: start })
        top.keys.add(key)
        top.lastKey = key
        top.expectKey = false
      }
    } else if (c === 0x7b /* { */) {
      stack.push({
        kind: 'object',
        keys: new Set(),
        path: childPath(),
        expectKey: true,
        lastKey: '',
      })
    } else if (c === 0x5b /* [ */) {
      stack.push({ kind: 'array', path: childPath(), index: 0 })
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop()
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1]
      if (top?.kind === 'object') top.expectKey = true
      else if (top) top.index++
    }
  }
  return duplicates
}

/**
 * True for a plain JSON object (not an array, not null).
 *
 * @example
 * isJsonObject({ a: 1 }) // => true
 * isJsonObject([1]) // => false
 */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
