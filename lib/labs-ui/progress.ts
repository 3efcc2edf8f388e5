/**
 * @module Which labs this browser has solved, in localStorage only (no account). A tiny external
 * store for useSyncExternalStore: the server snapshot is "none solved", so the prerendered HTML
 * never depends on it, and every leaf showing progress stays in step, across tabs too.
 */

export const LABS_PROGRESS_KEY = 'jwt-playground:labs:v1'
const CHANGE_EVENT = 'jwt-playground:labs-progress'
const NONE: readonly string[] = Object.freeze([])

let cachedRaw: string | null | undefined
let cached: readonly string[] = NONE
// Where progress lives once localStorage refuses a write (private mode): kept until reload.
let memoryRaw: string | undefined

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

/** The solved slugs; the same array until it changes. */
export function readSolved(): readonly string[] {
  let raw: string | null = memoryRaw ?? null
  if (memoryRaw === undefined) {
    try {
      raw = window.localStorage.getItem(LABS_PROGRESS_KEY)
    } catch {
      return NONE
    }
  }
  if (raw === cachedRaw) return cached
  cachedRaw = raw
  cached = parseSolved(raw)
  return cached
}

export const serverSolved = (): readonly string[] => NONE

export function markSolved(slug: string): void {
  const solved = readSolved()
  if (solved.includes(slug)) return
  const raw = JSON.stringify({ solved: [...solved, slug] })
  try {
    window.localStorage.setItem(LABS_PROGRESS_KEY, raw)
  } catch {
    memoryRaw = raw
  }
  window.dispatchEvent(new Event(CHANGE_EVENT))
}

export function subscribeSolved(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === LABS_PROGRESS_KEY) onChange()
  }
  window.addEventListener(CHANGE_EVENT, onChange)
  window.addEventListener('storage', onStorage)
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange)
    window.removeEventListener('storage', onStorage)
  }
}
