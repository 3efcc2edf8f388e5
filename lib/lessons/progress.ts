/**
 * @module The learner's progress (lessons read, quizzes passed), kept in this browser's
 * localStorage only. A tiny external store so every leaf showing progress stays in step, across
 * tabs too (the `storage` event).
 */

export const PROGRESS_KEY = 'jwt-playground:lessons:v1'
const CHANGE_EVENT = 'jwt-playground:progress'

export type Progress = { read: string[]; passed: string[] }

const EMPTY: Progress = { read: [], passed: [] }
let cachedRaw: string | null | undefined
let cached: Progress = EMPTY

/** The current progress; the same object until it changes (as useSyncExternalStore needs). */
export function readProgress(): Progress {
  let raw: string | null = null
  try {
    raw = window.localStorage.getItem(PROGRESS_KEY)
  } catch {
    return EMPTY
  }
  if (raw === cachedRaw) return cached
  cachedRaw = raw
  cached = parse(raw)
  return cached
}

function parse(raw: string | null): Progress {
  if (!raw) return EMPTY
  try {
    const value = JSON.parse(raw) as Partial<Progress>
    const strings = (list: unknown) =>
      Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []
    return { read: strings(value.read), passed: strings(value.passed) }
  } catch {
    return EMPTY
  }
}

function add(kind: keyof Progress, slug: string) {
  const current = readProgress()
  if (current[kind].includes(slug)) return
  const next = { ...current, [kind]: [...current[kind], slug] }
  try {
    window.localStorage.setItem(PROGRESS_KEY, JSON.stringify(next))
  } catch {
    return // private mode or storage full: progress is a nicety, never an error
  }
  window.dispatchEvent(new Event(CHANGE_EVENT))
}

/** @example markLessonRead('header') */
export function markLessonRead(slug: string) {
  add('read', slug)
}

/** @example markQuizPassed('header') */
export function markQuizPassed(slug: string) {
  add('passed', slug)
}

export function subscribeProgress(onChange: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, onChange)
  window.addEventListener('storage', onChange)
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange)
    window.removeEventListener('storage', onChange)
  }
}

/** What the server renders (and the first client render): nothing known yet. */
export function serverProgress(): Progress {
  return EMPTY
}
