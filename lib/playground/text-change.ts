/**
 * @module text-change — the one edit that turns a text into another: what an editor model needs
 * so that one character typed in a 48 KB payload rewrites one character, not the whole model.
 */

/** Replace `before.slice(start, end)` with `text` to get the new text. */
export interface TextChange {
  start: number
  end: number
  text: string
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff

/**
 * The smallest single replacement between two texts (their common start and end are kept);
 * null when they are equal. Never cuts a surrogate pair in half, so an editor never holds half
 * an emoji even for a moment.
 *
 * @example
 * textChange('{"a":1}', '{"a":12}') // => { start: 6, end: 6, text: '2' }
 */
export function textChange(before: string, after: string): TextChange | null {
  if (before === after) return null
  const shorter = Math.min(before.length, after.length)
  let prefix = 0
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  if (prefix > 0 && isHigh(before.charCodeAt(prefix - 1))) prefix--
  let suffix = 0
  const room = shorter - prefix
  while (
    suffix < room &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++
  if (suffix > 0 && isLow(before.charCodeAt(before.length - suffix))) suffix--
  return {
    start: prefix,
    end: before.length - suffix,
    text: after.slice(prefix, after.length - suffix),
  }
}
