/**
 * @module json-scan — where things are in JSON text: the top-level members (to highlight a
 * claim's bytes in the token, to show hover docs), duplicate keys at any depth, and the first
 * syntax error (to point at it in the editor). `JSON.parse` gives none of these reliably: V8
 * often reports no position at all. The site's one JSON scanner.
 */
import type { DuplicateKey } from './json'

/** A top-level member of a JSON object: `text.slice(keyStart, valueEnd)` is `"key": value`. */
export interface JsonMember {
  key: string
  /** Offset of the key's opening quote. */
  keyStart: number
  /** Offset just after the key's closing quote. */
  keyEnd: number
  valueStart: number
  valueEnd: number
}

/** Why the text is not valid JSON. */
export type JsonSyntaxReason =
  | 'empty'
  | 'unexpected-character'
  | 'unexpected-end'
  | 'bad-string'
  | 'bad-number'
  | 'trailing-text'
  | 'too-deep'

/** The outcome of {@link scanJson}. */
export type JsonScan =
  | { ok: true; members: JsonMember[]; duplicates: DuplicateKey[] }
  | { ok: false; at: number; reason: JsonSyntaxReason; line: number; column: number }

class SyntaxFailure {
  constructor(
    readonly at: number,
    readonly reason: JsonSyntaxReason,
  ) {}
}

const MAX_DEPTH = 512

/**
 * The 1-based line and column of offset `at` in `text`.
 *
 * @example
 * lineColumn('{\n "a"', 3) // => { line: 2, column: 2 }
 */
export function lineColumn(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at)
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') }
}

/**
 * Validates JSON text and lists the top-level object's members. On a syntax error, `at` is the
 * offset of the first character that cannot be accepted, with its 1-based line and column.
 *
 * @example
 * scanJson('{"sub":"42",\n "n":1}').ok // => true, members: [{ key: 'sub', keyStart: 1, ... }, ...]
 * scanJson('{"sub":"42",}') // => { ok: false, at: 12, reason: 'unexpected-character', line: 1, column: 13 }
 */
export function scanJson(text: string): JsonScan {
  let i = 0
  const members: JsonMember[] = []
  const duplicates: DuplicateKey[] = []
  const childPath = (path: string, name: string) => (path ? `${path}.${name}` : name)

  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(i)
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++
      else return
    }
  }
  const fail = (reason: JsonSyntaxReason, at = i): never => {
    throw new SyntaxFailure(at, i >= text.length && reason !== 'empty' ? 'unexpected-end' : reason)
  }
  const string = (): string => {
    const start = i
    i++ // opening quote
    for (;;) {
      if (i >= text.length) fail('unexpected-end')
      const c = text.charCodeAt(i)
      if (c === 0x22) {
        i++
        break
      }
      if (c < 0x20) fail('bad-string')
      if (c === 0x5c) {
        const next = text[i + 1]
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad-string', i)
          i += 6
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2
        else fail('bad-string', i)
      } else i++
    }
    try {
      return JSON.parse(text.slice(start, i)) as string
    } catch {
      return text.slice(start + 1, i - 1)
    }
  }
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400))
    if (!match || match[0] === '-' || match[0] === '') fail('bad-number')
    i += match![0].length
    const next = text[i]
    if (next !== undefined && /[0-9.eE+-]/.test(next)) fail('bad-number')
  }
  const value = (depth: number, path: string): void => {
    if (depth > MAX_DEPTH) fail('too-deep')
    ws()
    const c = text[i]
    if (c === undefined) return fail('unexpected-end')
    if (c === '{') return object(depth, path)
    if (c === '[') {
      i++
      ws()
      if (text[i] === ']') {
        i++
        return
      }
      for (let index = 0; ; index++) {
        value(depth + 1, childPath(path, String(index)))
        ws()
        if (text[i] === ',') i++
        else if (text[i] === ']') {
          i++
          return
        } else fail('unexpected-character')
      }
    }
    if (c === '"') {
      string()
      return
    }
    if (c === '-' || (c >= '0' && c <= '9')) return number()
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length
        return
      }
    }
    fail('unexpected-character')
  }
  const object = (depth: number, path: string) => {
    const seen = new Set<string>()
    i++ // {
    ws()
    if (text[i] === '}') {
      i++
      return
    }
    for (;;) {
      ws()
      if (text[i] !== '"') fail('unexpected-character')
      const keyStart = i
      const key = string()
      const keyEnd = i
      if (seen.has(key)) duplicates.push({ path, key, at: keyStart })
      seen.add(key)
      ws()
      if (text[i] !== ':') fail('unexpected-character')
      i++
      ws()
      const valueStart = i
      value(depth + 1, childPath(path, key))
      if (depth === 0) members.push({ key, keyStart, keyEnd, valueStart, valueEnd: i })
      ws()
      if (text[i] === ',') i++
      else if (text[i] === '}') {
        i++
        return
      } else fail('unexpected-character')
    }
  }

  try {
    ws()
    if (i >= text.length) fail('empty')
    value(0, '')
    ws()
    if (i < text.length) fail('trailing-text')
    return { ok: true, members, duplicates }
  } catch (error) {
    if (!(error instanceof SyntaxFailure)) throw error
    const at = Math.min(error.at, text.length)
    return { ok: false, at, reason: error.reason, ...lineColumn(text, at) }
  }
}

/**
 * The top-level member whose key (or, with `includeValue`, whole member) covers `offset`.
 *
 * @example
 * memberAt(scan.members, 3) // => { key: 'sub', ... } when offset 3 is inside "sub"
 */
export function memberAt(
  members: readonly JsonMember[],
  offset: number,
  includeValue = true,
): JsonMember | undefined {
  return members.find(
    (m) => offset >= m.keyStart && offset <= (includeValue ? m.valueEnd : m.keyEnd),
  )
}

/**
 * Replaces the value of a top-level string member, keeping every other byte as typed; adds the
 * member first when it is missing. Returns null when the text is not a JSON object.
 *
 * @example
 * setStringMember('{"alg": "HS256",\n "typ":"JWT"}', 'alg', 'ES256') // => '{"alg": "ES256",\n "typ":"JWT"}'
 */
export function setStringMember(text: string, key: string, value: string): string | null {
  const scan = scanJson(text)
  if (!scan.ok || !text.trimStart().startsWith('{')) return null
  const member = scan.members.find((m) => m.key === key)
  const quoted = JSON.stringify(value)
  if (member) return text.slice(0, member.valueStart) + quoted + text.slice(member.valueEnd)
  const open = text.indexOf('{')
  const sep = scan.members.length > 0 ? ',' : ''
  return `${text.slice(0, open + 1)}${JSON.stringify(key)}:${quoted}${sep}${text.slice(open + 1)}`
}
