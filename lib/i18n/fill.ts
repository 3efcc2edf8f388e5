/**
 * @module fill — how catalog strings print their arguments in the browser, and {@link fill} for
 * strings whose only arguments are `{name}`s. A plain argument prints arrays joined with `, `, a
 * missing value as `—` (never a leaked brace), and where a value meets Chinese text, Han beside a
 * Latin letter or digit gets the space a Chinese engineer would type (「载荷 Payload 在第」,
 * 「用 PEM 密钥」), so templates need not guess what each value starts or ends with. The ICU
 * parser for plurals and selects is in ./format-message, which writes through this module's
 * {@link messageWriter}; the two live apart so a page that only fills placeholders (the demo)
 * does not ship the parser.
 */

// A Han character beside a Latin letter or digit, as where a placeholder meets the template.
const HAN = /\p{Script=Han}/u
const LATIN = /[A-Za-z0-9]/
const gap = (a: string, b: string): string =>
  (HAN.test(a) && LATIN.test(b)) || (LATIN.test(a) && HAN.test(b)) ? ' ' : ''

function plain(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—'
  return Array.isArray(value) ? value.join(', ') : String(value)
}

/** Output under construction: template text, `{name}` values spaced from the text around them. */
export interface MessageWriter {
  /** Template text; spaced from the `{name}` value just before it. */
  text(text: string): void
  /** A `{name}` argument's value. */
  value(value: unknown): void
  /** Formatted text (numbers, plurals) written as it is. */
  raw(text: string): void
  result(): string
}

/** A {@link MessageWriter}; formatMessage (./format-message) writes through one too. */
export function messageWriter(): MessageWriter {
  let out = ''
  // The last character of a `{name}` value just written, until the next text is known.
  let valueEnd: string | undefined
  return {
    text(text) {
      if (valueEnd !== undefined) out += gap(valueEnd, text.charAt(0))
      out += text
      valueEnd = undefined
    },
    value(value) {
      const text = plain(value)
      out += gap(out.slice(-1), text.charAt(0)) + text
      valueEnd = text.slice(-1)
    },
    raw(text) {
      out += text
      valueEnd = undefined
    },
    result: () => out,
  }
}

/**
 * Formats a catalog string whose only arguments are plain `{name}`s, exactly as formatMessage
 * (./format-message) would, without its parser.
 *
 * @example
 * fill('Expires in {seconds} s', { seconds: 9 }) // => 'Expires in 9 s'
 * fill('用{source}验证', { source: 'PEM 密钥' }) // => '用 PEM 密钥验证'
 */
export function fill(template: string, values: Record<string, unknown> = {}): string {
  const out = messageWriter()
  // split() with a group alternates text and argument names: text, name, text, …
  template
    .split(/\{(\w+)\}/)
    .forEach((part, i) => (i % 2 ? out.value(values[part]) : out.text(part)))
  return out.result()
}
