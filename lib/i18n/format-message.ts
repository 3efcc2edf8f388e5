/**
 * @module format-message — the one formatter for catalog strings in the browser: the small ICU
 * MessageFormat subset the catalogs use (`{name}`, `{n, number}`, `select`, `plural` with `#`
 * and `=n`, apostrophe quoting) in ~1 KB, so client components can format the messages they
 * receive as raw text (and lib/jwt's messages for codes that only arrive in the browser) without
 * shipping an ICU runtime. Anything else prints as its raw argument value.
 *
 * A plain `{name}` argument prints arrays joined with `, `, a missing value as `—` (never a
 * leaked brace), and where a value meets Chinese text, Han beside a Latin letter or digit gets
 * the space a Chinese engineer would type (「载荷 Payload 在第」, 「用 PEM 密钥」), so templates
 * need not guess what each value starts or ends with.
 */

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

// A Han character beside a Latin letter or digit, as where a placeholder meets the template.
const HAN = /\p{Script=Han}/u
const LATIN = /[A-Za-z0-9]/
const gap = (a: string, b: string) =>
  (HAN.test(a) && LATIN.test(b)) || (LATIN.test(a) && HAN.test(b)) ? ' ' : ''

function plain(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—'
  return Array.isArray(value) ? value.join(', ') : String(value)
}

function render(
  nodes: Node[],
  values: Record<string, unknown>,
  locale: string | undefined,
  count?: number,
): string {
  let out = ''
  // The last character of a `{name}` value just written, until the next text is known.
  let valueEnd: string | undefined
  for (const node of nodes) {
    if (typeof node === 'string') {
      if (valueEnd !== undefined) out += gap(valueEnd, node.charAt(0))
      out += node
      valueEnd = undefined
      continue
    }
    if (node.kind === 'simple') {
      const value = plain(values[node.arg])
      out += gap(out.slice(-1), value.charAt(0)) + value
      valueEnd = value.slice(-1)
      continue
    }
    valueEnd = undefined
    if (node.kind === 'pound')
      out += count === undefined ? '#' : new Intl.NumberFormat(locale).format(count)
    else if (node.kind === 'number') {
      const value = Number(values[node.arg])
      out += Number.isFinite(value) ? new Intl.NumberFormat(locale).format(value) : '—'
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
      out += render(chosen ?? choice.options.other ?? [], values, locale, n ?? count)
    }
  }
  return out
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
  return render(nodes, values, locale)
}
