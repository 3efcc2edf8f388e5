/**
 * @module The learner's progress (lessons read, quizzes passed, the answers last chosen in each
 * quiz), kept in this browser's localStorage only. A tiny external store so every leaf showing
 * progress stays in step, across tabs too (the `storage` event).
 */

export const PROGRESS_KEY = 'jwt-playground:lessons:v1'
const CHANGE_EVENT = 'jwt-playground:progress'

/** One entry a question: the option index last chosen, or null while unanswered. */
export type QuizAnswers = Array<number | null>

export type Progress = {
  read: string[]
  passed: string[]
  answers: Record<string, QuizAnswers>
}

const EMPTY: Progress = { read: [], passed: [], answers: {} }
let cachedRaw: string | null | undefined
let cached: Progress = EMPTY
// Where progress lives once localStorage refuses a write (private mode, quota): this page keeps
// working, it only forgets on reload.
let memoryRaw: string | undefined

/** The current progress; the same object until it changes (as useSyncExternalStore needs). */
export function readProgress(): Progress {
  let raw: string | null = memoryRaw ?? null
  if (memoryRaw === undefined) {
    try {
      raw = window.localStorage.getItem(PROGRESS_KEY)
    } catch {
      return EMPTY
    }
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
    const passed = strings(value.passed)
    // A passed quiz means the lesson was read, also in progress saved before that rule.
    const read = [...new Set([...strings(value.read), ...passed])]
    return { read, passed, answers: parseAnswers(value.answers) }
  } catch {
    return EMPTY
  }
}

function parseAnswers(value: unknown): Record<string, QuizAnswers> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {}
  const answers: Record<string, QuizAnswers> = {}
  for (const [slug, list] of Object.entries(value)) {
    if (!Array.isArray(list)) continue
    answers[slug] = list.map((x) => (Number.isInteger(x) && x >= 0 ? (x as number) : null))
  }
  return answers
}

function write(next: Progress) {
  const raw = JSON.stringify(next)
  if (memoryRaw === undefined) {
    try {
      window.localStorage.setItem(PROGRESS_KEY, raw)
    } catch {
      memoryRaw = raw // progress is a nicety, never an error
    }
  } else memoryRaw = raw
  window.dispatchEvent(new Event(CHANGE_EVENT))
}

function add(progress: Progress, kind: 'read' | 'passed', slug: string): Progress {
  return progress[kind].includes(slug)
    ? progress
    : { ...progress, [kind]: [...progress[kind], slug] }
}

/** @example markLessonRead('header') */
export function markLessonRead(slug: string) {
  const current = readProgress()
  const next = add(current, 'read', slug)
  if (next !== current) write(next)
}

/** A passed quiz also counts its lesson as read. @example markQuizPassed('header') */
export function markQuizPassed(slug: string) {
  const current = readProgress()
  const next = add(add(current, 'passed', slug), 'read', slug)
  if (next !== current) write(next)
}

/**
 * Remembers the option chosen for one question, so the quiz looks the same after a reload.
 * @example saveQuizAnswer('header', 0, 2) // question 1: the third option
 */
export function saveQuizAnswer(slug: string, question: number, option: number) {
  const current = readProgress()
  const answers = [...(current.answers[slug] ?? [])]
  while (answers.length <= question) answers.push(null)
  if (answers[question] === option) return
  answers[question] = option
  write({ ...current, answers: { ...current.answers, [slug]: answers } })
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
