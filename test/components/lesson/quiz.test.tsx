import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QuizClient, type QuizQuestion } from '@/components/lesson/quiz-client'
import { PROGRESS_KEY } from '@/lib/lessons/progress'

const labels = {
  title: 'Check yourself',
  correct: 'Correct.',
  incorrect: 'Not quite.',
  progress: '{correct} of {total} answered correctly',
  passed: 'Quiz passed.',
}

const questions: QuizQuestion[] = [
  {
    label: 'Question 1 of 2',
    prompt: <p>What is the payload?</p>,
    answer: 1,
    options: ['Encrypted', 'Encoded', 'Hashed'],
    explanations: ['No: not encrypted.', 'Yes: only encoded.', 'No: not hashed.'],
  },
  {
    label: 'Question 2 of 2',
    prompt: <p>Which field is required?</p>,
    answer: 0,
    options: ['alg', 'kid', 'typ'],
    explanations: ['Yes: alg.', 'No: kid is optional.', 'No: typ is optional.'],
  },
]

const saved = () => JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{"read":[],"passed":[]}')

describe('QuizClient', () => {
  beforeEach(() => localStorage.clear())

  it('renders each question as a radio group named by its prompt', () => {
    render(<QuizClient slug="payload" questions={questions} labels={labels} />)
    const group = screen.getByRole('radiogroup', { name: 'What is the payload?' })
    expect(within(group).getAllByRole('radio')).toHaveLength(3)
    expect(screen.getByRole('radiogroup', { name: 'Which field is required?' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('0 of 2 answered correctly')
  })

  it('gives instant feedback with the chosen option’s explanation', async () => {
    const user = userEvent.setup()
    render(<QuizClient slug="payload" questions={questions} labels={labels} />)
    const group = screen.getByRole('radiogroup', { name: 'What is the payload?' })
    await user.click(within(group).getByRole('radio', { name: 'Encrypted' }))
    expect(group).toHaveTextContent('Not quite. No: not encrypted.')
    await user.click(within(group).getByRole('radio', { name: 'Encoded' }))
    expect(group).toHaveTextContent('Correct. Yes: only encoded.')
    expect(group).not.toHaveTextContent('No: not encrypted.')
    // The feedback sits in a live region, so screen readers announce it.
    expect(
      within(group).getByText('Yes: only encoded.', { exact: false }).closest('[aria-live]'),
    ).toHaveAttribute('aria-live', 'polite')
  })

  it('works from the keyboard', async () => {
    const user = userEvent.setup()
    render(<QuizClient slug="payload" questions={questions} labels={labels} />)
    await user.tab()
    expect(screen.getByRole('radio', { name: 'Encrypted' })).toHaveFocus()
    await user.keyboard(' ')
    expect(screen.getByRole('radio', { name: 'Encrypted' })).toBeChecked()
  })

  it('saves the quiz as passed once every answer is right, and not before', async () => {
    const user = userEvent.setup()
    render(<QuizClient slug="payload" questions={questions} labels={labels} />)
    await user.click(screen.getByRole('radio', { name: 'Encoded' }))
    expect(saved().passed).toEqual([])
    await user.click(screen.getByRole('radio', { name: 'kid' }))
    expect(saved().passed).toEqual([])
    expect(screen.getByRole('status')).toHaveTextContent('1 of 2 answered correctly')
    await user.click(screen.getByRole('radio', { name: 'alg' }))
    expect(screen.getByRole('status')).toHaveTextContent('2 of 2 answered correctly')
    expect(screen.getByRole('status')).toHaveTextContent('Quiz passed.')
    expect(saved().passed).toEqual(['payload'])
  })
})
