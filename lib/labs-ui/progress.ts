/**
 * @module Which labs this browser has solved, in localStorage only (no account), as a
 * lib/browser/local-store: the server snapshot is "none solved", so the prerendered HTML never
 * depends on it, and every leaf showing progress stays in step, across tabs too.
 */

import { localStore } from '@/lib/browser/local-store'

export const LABS_PROGRESS_KEY = 'jwt-playground:labs:v1'
const NONE: readonly string[] = Object.freeze([])

/** Parses the stored list, keeping only strings; anything unreadable is "none solved". */
export function parseSolved(raw: string | null): readonly string[] {
  if (!raw) return NONE
  try {
    const value: unknown = JSON.parse(raw)
    const list = (value as { solved?: unknown })?.solved
    if (!Array.isArray(list)) return NONE
    return [...new Set(list.filter((x): x is string => typeof x === 'string'))]
  } catch {
    return NONE
  }
}

const store = localStore(LABS_PROGRESS_KEY, parseSolved, NONE, (solved) =>
  JSON.stringify({ solved }),
)

/** The solved slugs; the same array until it changes. */
export const readSolved = store.read
export const serverSolved = store.server
export const subscribeSolved = store.subscribe

export function markSolved(slug: string): void {
  const solved = readSolved()
  if (!solved.includes(slug)) store.write([...solved, slug])
}
