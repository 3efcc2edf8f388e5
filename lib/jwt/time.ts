/** @module time — `now` handling and relative times shared by claims and explanations. */

/** A moment: a Date, or milliseconds since the epoch. */
export type Instant = Date | number

/**
 * Seconds since the epoch (NumericDate) for a moment, defaulting to the current time.
 *
 * @example
 * toNumericDate(new Date('2011-03-22T18:43:00Z')) // => 1300819380
 */
export function toNumericDate(now?: Instant): number {
  const ms = now === undefined ? Date.now() : typeof now === 'number' ? now : now.getTime()
  return Math.floor(ms / 1000)
}

/** A signed duration broken into the largest whole unit, ready for `Intl.RelativeTimeFormat`. */
export interface RelativeTime {
  /** `target − now` in seconds: negative in the past. */
  seconds: number
  value: number
  unit: 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year'
}

/** Units from largest to smallest with their length in seconds (a month is 30 days). */
export const TIME_UNITS: ReadonlyArray<readonly [RelativeTime['unit'], number]> = [
  ['year', 365 * 86400],
  ['month', 30 * 86400],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
]

/**
 * Expresses `target − now` (both NumericDates) in the largest unit that fits, rounded toward
 * zero, e.g. for "expired 3 minutes ago" (`value: -3, unit: 'minute'`).
 *
 * @example
 * relativeTime(1000, 1180) // => { seconds: -180, value: -3, unit: 'minute' }
 */
export function relativeTime(target: number, now: number): RelativeTime {
  const seconds = target - now
  const abs = Math.abs(seconds)
  for (const [unit, size] of TIME_UNITS) {
    if (abs >= size || unit === 'second') {
      const value = Math.trunc(seconds / size)
      return { seconds, value: value === 0 ? 0 : value, unit }
    }
  }
  return { seconds, value: seconds, unit: 'second' }
}

/**
 * ISO 8601 text for a NumericDate, or undefined when it is outside what Date can represent.
 *
 * @example
 * isoDate(1300819380) // => '2011-03-22T18:43:00.000Z'
 */
export function isoDate(seconds: number): string | undefined {
  const date = new Date(seconds * 1000)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}
