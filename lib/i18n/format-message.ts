/**
 * @module format-message — the one formatter for catalog strings in the browser: the small ICU
 * MessageFormat subset the catalogs use (`{name}`, `{n, number}`, `select`, `plural` with `#`
 * and `=n`, apostrophe quoting) in ~1 KB, so client components can format the messages they
 * receive as raw text (and lib/jwt's messages for codes that only arrive in the browser) without
 * shipping an ICU runtime. Anything else prints as its raw argument value. Arguments render
 * through ./fill (see there for the `{name}` rules); strings whose only arguments are `{name}`s
 * can use its `fill` and skip this parser.
 */
import { messageWriter, type MessageWriter } from './fill'

type Choice = { arg: string; kind: 'select' | 'plural'; options: Record<string, Node[]> }
type Node = string | { arg: string; kind: 'simple' | 'number' } | Choice | { kind: 'pound' }

const cache = new Map<string, Node[]>()

function parse(text: string): Node[] {
  let i = 0
  const message = (inPlural: boolean): Node[] => {
    const out: Node[] = []
    let literal = ''
    const flush = () => {
      if (literal) out.push(literal)
      literal = ''
    }
    while (i < text.length) {
      const c = text[i]!
      if (c === "'") {
        const next = text[i + 1]
        if (next === "'") {
          literal += "'"
          i += 2
        } else if (next === '{' || next === '}' || (inPlural && next === '#')) {
          const end = text.indexOf("'", i + 1)
          literal += text.slice(i + 1, end === -1 ? text.length : end)
          i = end === -1 ? text.length : end + 1
        } else {
          literal += c
          i++
        }
      } else if (c === '{') {
        flush()
        i++
        out.push(argument())
      } else if (c === '}') break
      else if (c === '#' && inPlural) {
        flush()
        out.push({ kind: 'pound' })
        i++
      } else {
        literal += c
        i++
      }
    }
    flush()
    return out
  }
  const word = () => {
    const match = /^\s*([^\s,{}]+)\s*/.exec(text.slice(i))
    i += match ? match[0].length : 0
    return match?.[1] ?? ''
  }
  const argument = (): Node => {
    const arg = word()
    if (text[i] === '}') {
      i++
      return { arg, kind: 'simple' }
    }
    i++ // ,
    const type = word()
    if (type === 'select' || type === 'plural' || type === 'selectordinal') {
      i++ // ,
      const options: Record<string, Node[]> = {}
      for (;;) {
        const key = word()
        if (!key || text[i] !== '{') break
        if (key.startsWith('offset:')) continue
        i++
        options[key] = message(type !== 'select')
        i++ // }
      }
      while (i < text.length && text[i] !== '}') i++
      i++
      return { arg, kind: type === 'select' ? 'select' : 'plural', options }
    }
    while (i < text.length && text[i] !== '}') i++
    i++
    return { arg, kind: type === 'number' ? 'number' : 'simple' }
  }
  return message(false)
}

function render(
  nodes: Node[],
  values: Record<string, unknown>,
  locale: string | undefined,
  out: MessageWriter,
  count?: number,
): void {
  for (const node of nodes) {
    if (typeof node === 'string') out.text(node)
    else if (node.kind === 'simple') out.value(values[node.arg])
    else if (node.kind === 'pound')
      out.raw(count === undefined ? '#' : new Intl.NumberFormat(locale).format(count))
    else if (node.kind === 'number') {
      const value = Number(values[node.arg])
      out.raw(Number.isFinite(value) ? new Intl.NumberFormat(locale).format(value) : '—')
    } else {
      const choice = node as Choice
      const value = values[choice.arg]
      let chosen: Node[] | undefined
      let n: number | undefined
      if (choice.kind === 'select') chosen = choice.options[String(value)]
      else {
        n = Number(value)
        chosen = choice.options[`=${n}`] ?? choice.options[new Intl.PluralRules(locale).select(n)]
      }
      render(chosen ?? choice.options.other ?? [], values, locale, out, n ?? count)
    }
  }
}

/**
 * Formats an ICU message. `locale` picks plural forms and number formatting; messages with
 * only `{name}` arguments need none.
 *
 * @example
 * formatMessage('Expired {seconds, plural, one {# second} other {# seconds}} ago', { seconds: 180 }, 'en')
 * // => 'Expired 180 seconds ago'
 * formatMessage('用{source}验证', { source: 'PEM 密钥' }) // => '用 PEM 密钥验证'
 */
export function formatMessage(
  message: string,
  values: Record<string, unknown> = {},
  locale?: string,
): string {
  let nodes = cache.get(message)
  if (!nodes) {
    nodes = parse(message)
    cache.set(message, nodes)
  }
  const out = messageWriter()
  render(nodes, values, locale, out)
  return out.result()
}
