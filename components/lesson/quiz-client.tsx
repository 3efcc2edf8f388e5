'use client'
/**
 * @module The interactive quiz: choosing an option shows at once whether it is right and why
 * (announced politely), and a fully right quiz is saved as passed. The choices live in the progress
 * store, so a reload (or another tab) shows the same quiz. Loaded as an island (see
 * islands/registry.ts); the server renders the same QuizView as its still picture.
 */
import { useEffect, useId } from 'react'
import { useSyncExternalStore } from 'react'
import type { Typed } from './islands/registry'
import {
  markQuizPassed,
  readProgress,
  saveQuizAnswer,
  serverProgress,
  subscribeProgress,
} from '@/lib/lessons/progress'
import { QuizView, questionName, type QuizLabels, type QuizQuestion } from './quiz-view'

export type { QuizLabels, QuizQuestion } from './quiz-view'

export function QuizClient({
  slug,
  questions,
  labels,
  id: givenId,
  typed,
}: {
  slug: string
  questions: QuizQuestion[]
  labels: QuizLabels
  /** The still picture's id prefix, so the radios it had keep their names. */
  id?: string
  /** Options picked in the still picture before the quiz was live, by radio name. */
  typed?: Typed
}) {
  const ownId = useId()
  const id = givenId ?? ownId
  const progress = useSyncExternalStore(subscribeProgress, readProgress, serverProgress)
  const saved = progress.answers[slug]
  const passedBefore = progress.passed.includes(slug)
  const chosen = questions.map((question, i): number | undefined => {
    const value = saved?.[i]
    if (typeof value === 'number' && value < question.options.length) return value
    // Passed before its answers were kept: show the right ones, as the course index says passed.
    return passedBefore && !saved ? question.answer : undefined
  })
  const allRight = questions.length > 0 && questions.every((q, i) => chosen[i] === q.answer)

  // What the reader picked before the code arrived counts as answered.
  useEffect(() => {
    questions.forEach((_, index) => {
      const option = typed?.[questionName(id, index)]
      if (option !== undefined) saveQuizAnswer(slug, index, Number(option))
    })
    // Once, on arrival: later choices go through onChoose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    if (allRight) markQuizPassed(slug)
  }, [allRight, slug])

  return (
    <QuizView
      id={id}
      questions={questions}
      labels={labels}
      chosen={chosen}
      passed={allRight || passedBefore}
      onChoose={(question, option) => saveQuizAnswer(slug, question, option)}
    />
  )
}

// The island registry loads this module for its default export.
export { QuizClient as default }
