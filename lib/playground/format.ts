/**
 * @module format — small, runtime-free time helpers for the playground's client components:
 * relative times, local dates and durations through the browser's own Intl. Catalog strings are
 * formatted by lib/i18n/format-message.
 */
import { relativeTime, TIME_UNITS } from '@/lib/jwt/time'

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
