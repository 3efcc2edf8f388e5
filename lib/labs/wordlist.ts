/**
 * @module The weak-secret lab's word list: the common-password list of @zxcvbn-ts/language-common
 * (the list zxcvbn's strength check uses), most common first, cut to fit ~100 KB. Every
 * instance's secret is one of its first SECRET_POOL words, so a browser finds it in seconds.
 */
import { dictionary } from '@zxcvbn-ts/language-common'

/** The served list stays under this many bytes (UTF-8, with its newlines). */
export const WORDLIST_MAX_BYTES = 100 * 1024

/** Secrets are drawn from this many of the most common passwords. */
export const SECRET_POOL = 2000

let cached: { words: readonly string[]; text: string } | undefined

/** The words served, in list order: as many of the list's first words as fit the byte limit. */
export function wordlist(): { words: readonly string[]; text: string } {
  if (cached) return cached
  const words: string[] = []
  let bytes = 0
  for (const word of dictionary['passwords-common']) {
    // One word a line: a word holding a line break (none does) could not be served.
    if (word === '' || /[\r\n]/.test(word)) continue
    const size = Buffer.byteLength(word) + 1
    if (bytes + size > WORDLIST_MAX_BYTES) break
    words.push(word)
    bytes += size
  }
  cached = { words, text: words.map((word) => `${word}\n`).join('') }
  return cached
}

/** A secret for a new instance: a uniformly random word among the first SECRET_POOL. */
export function weakSecret(): string {
  const { words } = wordlist()
  const pool = Math.min(SECRET_POOL, words.length)
  const [random] = crypto.getRandomValues(new Uint32Array(1))
  return words[random! % pool]!
}
