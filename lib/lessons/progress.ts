/**
 * @module The learner's progress (lessons read, quizzes passed, the answers last chosen in each
 * quiz), kept in this browser's localStorage only, as a lib/browser/local-store, so every leaf
 * showing progress stays in step, across tabs too.
 */

import { localStore } from '@/lib/browser/local-store'

export const PROGRESS_KEY = 'jwt-playground:lessons:v1'

/** One entry a question: the option index last chosen, or null while unanswered. */
export type QuizAnswers = Array<number | null>

export type Progress = {
  read: string[]
  passed: string[]
  answers: Record<string, QuizAnswers>
}

const EMPTY: Progress = { read: [], passed: [], answers: {} }
const store = localStore(PROGRESS_KEY, parse, EMPTY)

/** The current progress; the same object until it changes (as useSyncExternalStore needs). */
export const readProgress = store.read
/** What the server renders (and the first client render): nothing known yet. */
export const serverProgress = store.server
export const subscribeProgress = store.subscribe
const write = store.write

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
