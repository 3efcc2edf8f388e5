/**
 * @module <Quiz> with <Question answer options explanations> children. The server reads the
 * questions out of the MDX children and renders them as the quiz's still picture; the live quiz (an
 * island, loaded once the page has loaded so saved answers show without scrolling) keeps the
 * answers, gives feedback and saves a passed quiz to the learner's progress.
 */
import { Children, isValidElement, type ReactNode } from 'react'
import { getTranslations } from 'next-intl/server'
import { Island } from './islands/island'
import { QuizView, type QuizQuestion } from './quiz-view'

export type QuestionProps = {
  /** 0-based index of the right option. */
  answer: number
  options: string[]
  explanations: string[]
  /** The question itself. */
  children: ReactNode
}

/** A marker: <Quiz> reads its props; on its own it renders nothing. */
export function Question(props: QuestionProps): ReactNode {
  void props
  return null
}

/** Backticks in options and explanations become inline code, as in the lesson text. */
function inline(text: string): ReactNode {
  return text.split(/(`[^`]+`)/).map((part, index) =>
    part.startsWith('`') && part.endsWith('`') && part.length > 1 ? (
      <code
        key={index}
        className="rounded bg-zinc-100 px-1 py-0.5 font-mono text-[0.9em] dark:bg-zinc-800"
      >
        {part.slice(1, -1)}
      </code>
    ) : (
      part
    ),
  )
}

export async function Quiz({ children, slug }: { children?: ReactNode; slug: string }) {
  const t = await getTranslations('Lessons')
  const questions: QuizQuestion[] = Children.toArray(children)
    .filter(isValidElement<QuestionProps>)
    .filter((child) => child.type === Question || Array.isArray(child.props.options))
    .map((child, index, all) => ({
      label: t('questionLabel', { number: index + 1, total: all.length }),
      prompt: child.props.children,
      answer: child.props.answer,
      options: child.props.options.map(inline),
      explanations: child.props.explanations.map(inline),
    }))

  const labels = {
    title: t('quizTitle'),
    correct: t('correct'),
    incorrect: t('incorrect'),
    progress: t.raw('quizProgress') as string,
    passed: t('quizPassed'),
  }
  const id = `quiz-${slug}`
  return (
    <Island name="quiz" when="loaded" props={{ slug, questions, labels, id }}>
      <QuizView id={id} questions={questions} labels={labels} chosen={[]} passed={false} />
    </Island>
  )
}
