/**
 * @module code-tokens — a small syntax colourer for the playground's code samples (JavaScript and
 * Python, as lib/playground/snippets writes them): comments, strings, numbers and keywords. The
 * samples change with every edit, in the browser, so Shiki (build time only) cannot colour them
 * and a full grammar would cost more than the samples themselves.
 */

export type CodeTokenKind = 'comment' | 'string' | 'number' | 'keyword' | 'plain'
export interface CodeToken {
  kind: CodeTokenKind
  text: string
}

const KEYWORDS = new Set(
  (
    'import from export const let var function async await return new try catch finally throw ' +
    'if else for of in typeof def as except raise print None True False and or not with'
  ).split(' '),
)

// One alternative per kind, tried left to right at each position: a `#` or `//` inside a string
// stays in the string, because the string is matched first.
const TOKEN =
  /(\/\/[^\n]*|#[^\n]*)|("(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?|`(?:[^`\\]|\\.)*`?)|(\b\d[\d_.]*\b)|([A-Za-z_$][\w$]*)/g

/**
 * Splits `code` into coloured runs; joined, their texts are `code` again.
 *
 * @example
 * codeTokens("const a = 'x' // b").map((t) => t.kind)
 * // => ['keyword', 'plain', 'string', 'plain', 'comment']
 */
export function codeTokens(code: string): CodeToken[] {
  const out: CodeToken[] = []
  const push = (kind: CodeTokenKind, text: string) => {
    const last = out[out.length - 1]
    if (last && last.kind === kind) last.text += text
    else if (text) out.push({ kind, text })
  }
  let at = 0
  for (const m of code.matchAll(TOKEN)) {
    push('plain', code.slice(at, m.index))
    const [text, comment, string, number, word] = m
    if (comment) push('comment', text)
    else if (string) push('string', text)
    else if (number) push('number', text)
    else push(word && KEYWORDS.has(word) ? 'keyword' : 'plain', text)
    at = m.index + text.length
  }
  push('plain', code.slice(at))
  return out
}
