/**
 * @module The picture of a quiz: each question a radio group, the feedback on the option chosen and
 * the score. No hooks, so the server renders it as the still picture (nothing chosen yet) and the
 * live QuizClient renders the same markup with the reader's answers.
 */
import type { ReactNode } from 'react'

export type QuizQuestion = {
  label: string
  prompt: ReactNode
  answer: number
  options: ReactNode[]
  explanations: ReactNode[]
}

export type QuizLabels = {
  title: string
  correct: string
  incorrect: string
  /** Contains `{correct}` and `{total}`. */
  progress: string
  passed: string
}

/** The radio group name of question `index`, the same in the still picture and the live quiz. */
export const questionName = (id: string, index: number) => `${id}-q${index}`

export function QuizView({
  id,
  questions,
  labels,
  chosen,
  passed,
  onChoose,
}: {
  /** The prefix of the quiz's element ids and radio names. */
  id: string
  questions: QuizQuestion[]
  labels: QuizLabels
  /** The option chosen in each question, if any. */
  chosen: (number | undefined)[]
  passed: boolean
  /** Absent in the still picture: the radios are then plain form fields until the quiz is live. */
  onChoose?: (question: number, option: number) => void
}) {
  const correct = questions.filter((q, i) => chosen[i] === q.answer).length
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="my-10 rounded-xl border border-indigo-200 bg-indigo-50/60 p-4 sm:p-6 dark:border-indigo-900 dark:bg-indigo-950/30"
      data-testid="quiz"
    >
      <h2 id={`${id}-title`} className="mb-4 text-xl font-semibold">
        {labels.title}
      </h2>
      <ol className="space-y-6">
        {questions.map((question, qi) => {
          const selected = chosen[qi]
          const groupId = questionName(id, qi)
          return (
            <li key={qi}>
              <div role="radiogroup" aria-labelledby={`${groupId}-prompt`} className="space-y-2">
                <p className="text-xs font-semibold tracking-wide text-indigo-800 uppercase dark:text-indigo-300">
                  {question.label}
                </p>
                <div id={`${groupId}-prompt`} className="font-medium [&_p]:my-0">
                  {question.prompt}
                </div>
                {question.options.map((option, oi) => {
                  const state = selected !== oi ? '' : oi === question.answer ? 'right' : 'wrong'
                  return (
                    <label
                      key={oi}
                      data-state={state || undefined}
                      className="flex cursor-pointer items-start gap-3 rounded-lg border border-zinc-300 bg-white px-3 py-2 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-indigo-600 data-[state=right]:border-emerald-600 data-[state=right]:bg-emerald-50 data-[state=wrong]:border-red-600 data-[state=wrong]:bg-red-50 dark:border-zinc-700 dark:bg-zinc-900 dark:has-focus-visible:outline-indigo-400 dark:data-[state=right]:border-emerald-500 dark:data-[state=right]:bg-emerald-950 dark:data-[state=wrong]:border-red-500 dark:data-[state=wrong]:bg-red-950"
                    >
                      <input
                        type="radio"
                        name={groupId}
                        value={oi}
                        {...(onChoose && {
                          checked: selected === oi,
                          onChange: () => onChoose(qi, oi),
                        })}
                        className="mt-1 accent-indigo-700 focus-visible:outline-none dark:accent-indigo-400"
                      />
                      <span>{option}</span>
                    </label>
                  )
                })}
                <div aria-live="polite" className="min-h-6 text-sm">
                  {selected !== undefined && (
                    <p
                      className={
                        selected === question.answer
                          ? 'text-emerald-900 dark:text-emerald-200'
                          : 'text-red-900 dark:text-red-200'
                      }
                    >
                      <Verdict
                        text={selected === question.answer ? labels.correct : labels.incorrect}
                      />
                      {question.explanations[selected]}
                    </p>
                  )}
                </div>
              </div>
            </li>
          )
        })}
      </ol>
      <p role="status" className="mt-6 text-sm font-medium">
        {labels.progress
          .replace('{correct}', String(correct))
          .replace('{total}', String(questions.length))}
        {passed && (
          <span className="ml-2 text-emerald-800 dark:text-emerald-300">{labels.passed}</span>
        )}
      </p>
    </section>
  )
}

/**
 * The one verdict word; the explanation after it never repeats it (test/content checks the
 * lessons). No space after a full-width stop: 「答对了。签名……」, "Correct. The signature…".
 */
function Verdict({ text }: { text: string }) {
  return (
    <>
      <strong>{text}</strong>
      {/[。！？：]$/.test(text) ? '' : ' '}
    </>
  )
}
