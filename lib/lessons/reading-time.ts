/** @module Reading time of a lesson's prose, for English words and Chinese characters alike. */

const WORDS_PER_MINUTE = 220
// Chinese readers go through about 300-500 characters a minute in technical prose.
const HAN_PER_MINUTE = 400
const HAN = /\p{Script=Han}/gu

/**
 * Minutes to read `text` (at least 1). Han characters count one by one, other text by words.
 *
 * @example
 * readingMinutes('word '.repeat(440)) // => 2
 */
export function readingMinutes(text: string): number {
  const han = text.match(HAN)?.length ?? 0
  const words = text
    .replace(HAN, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + han / HAN_PER_MINUTE))
}
