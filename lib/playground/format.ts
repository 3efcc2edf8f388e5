/**
 * @module format — small, runtime-free text helpers for the playground's client components:
 * `{name}` placeholders (the catalog strings arrive as raw text, so no ICU runtime ships),
 * relative times and local dates through the browser's own Intl.
 */
import { relativeTime, TIME_UNITS } from '@/lib/jwt/time'

// A Han character beside a Latin letter or digit, as where a placeholder meets the template.
const HAN = /\p{Script=Han}/u
const LATIN = /[A-Za-z0-9]/

/**
 * Replaces `{name}` placeholders; a missing value becomes `—` rather than leaking the brace.
 * Where a value meets a Chinese template, Han beside a Latin letter or digit gets the space a
 * Chinese engineer would type (「载荷 Payload 在第」, 「用 PEM 密钥」), so the templates need
 * not guess what each value starts or ends with.
 *
 * @example
 * fill('Expired {rel}', { rel: '3 min ago' }) // => 'Expired 3 min ago'
 * fill('用{source}验证', { source: 'PEM 密钥' }) // => '用 PEM 密钥验证'
 */
export function fill(template: string, values: Record<string, unknown> = {}): string {
  let out = ''
  let at = 0
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    const before = template.slice(at, m.index)
    const raw = values[m[1]!]
    const value =
      raw === undefined || raw === null || raw === ''
        ? '—'
        : Array.isArray(raw)
          ? raw.join(', ')
          : String(raw)
    out += before
    const prev = out.slice(-1)
    const next = template.charAt(m.index + m[0].length)
    const space = (a: string, b: string) =>
      (HAN.test(a) && LATIN.test(b)) || (LATIN.test(a) && HAN.test(b)) ? ' ' : ''
    out += space(prev, value.charAt(0)) + value + space(value.slice(-1), next)
    at = m.index + m[0].length
  }
  return out + template.slice(at)
}

/**
 * `target − now` (seconds) as "in 4 min" / "3 hr. ago" in the locale, in the largest unit that
 * is at least 1, rounded toward zero.
 *
 * @example
 * relative(1180, 1000, 'en') // => 'in 3 min.'
 * relative(1000, 1180, 'zh-CN') // => '3分钟前'
 */
export function relative(target: number, now: number, locale: string): string {
  // lib/jwt picks the unit (the same rule the claim explanations use); Intl words it.
  const { value, unit } = relativeTime(target, now)
  return new Intl.RelativeTimeFormat(locale, { numeric: 'always', style: 'short' }).format(
    value,
    unit,
  )
}

/**
 * A NumericDate as a local date and time in the locale, with the time zone; null when the
 * number is beyond what a Date holds.
 *
 * @example
 * localDate(1300819380, 'en', 'UTC') // => 'Mar 22, 2011, 6:43:00 PM UTC'
 */
export function localDate(seconds: number, locale: string, timeZone?: string): string | null {
  const date = new Date(seconds * 1000)
  if (Number.isNaN(date.getTime())) return null
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'long',
    ...(timeZone && { timeZone }),
  }).format(date)
}

/**
 * A duration in seconds as words in the largest whole unit, e.g. for "this token lives 30 days";
 * in Chinese with a space between the number and the unit (「1.5 分钟」).
 *
 * @example
 * duration(2592000, 'en') // => '30 days'
 */
export function duration(seconds: number, locale: string): string {
  const abs = Math.abs(seconds)
  for (const [unit, size] of TIME_UNITS) {
    if (abs >= size || unit === 'second') {
      const value = Math.round((seconds / size) * 10) / 10
      return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' })
        .format(value)
        .replace(/(\d)(\p{Script=Han})/gu, '$1 $2')
    }
  }
  return String(seconds)
}
