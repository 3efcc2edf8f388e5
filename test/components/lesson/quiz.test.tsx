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
    explanations: ['It is not encrypted.', 'It is only encoded.', 'It is not hashed.'],
  },
  {
    label: 'Question 2 of 2',
    prompt: <p>Which field is required?</p>,
    answer: 0,
    options: ['alg', 'kid', 'typ'],
    explanations: ['Every JWS has alg.', 'kid is optional.', 'typ is optional.'],
  },
]

const saved = () =>
  JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{"read":[],"passed":[],"answers":{}}')

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
    expect(group).toHaveTextContent('Not quite. It is not encrypted.')
    await user.click(within(group).getByRole('radio', { name: 'Encoded' }))
    expect(group).toHaveTextContent('Correct. It is only encoded.')
    expect(group).not.toHaveTextContent('It is not encrypted.')
    // The feedback sits in a live region, so screen readers announce it.
    expect(
      within(group).getByText('It is only encoded.', { exact: false }).closest('[aria-live]'),
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

  it('comes back with the same answers after a reload, and counts a passed lesson as read', async () => {
    const user = userEvent.setup()
    const { unmount } = render(<QuizClient slug="payload" questions={questions} labels={labels} />)
    await user.click(screen.getByRole('radio', { name: 'Encoded' }))
    await user.click(screen.getByRole('radio', { name: 'alg' }))
    expect(saved().read).toEqual(['payload'])
    unmount()
    render(<QuizClient slug="payload" questions={questions} labels={labels} />)
    expect(screen.getByRole('radio', { name: 'Encoded' })).toBeChecked()
    expect(screen.getByRole('radio', { name: 'alg' })).toBeChecked()
    expect(screen.getByRole('status')).toHaveTextContent('2 of 2 answered correctly')
    expect(screen.getByRole('status')).toHaveTextContent('Quiz passed.')
  })

  it('shows a quiz passed before answers were kept as passed, as the course index does', () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ read: [], passed: ['payload'] }))
    render(<QuizClient slug="payload" questions={questions} labels={labels} />)
    expect(screen.getByRole('status')).toHaveTextContent('2 of 2 answered correctly')
    expect(screen.getByRole('status')).toHaveTextContent('Quiz passed.')
  })

  it('puts no space after a full-width verdict', async () => {
    const user = userEvent.setup()
    render(
      <QuizClient
        slug="signature"
        questions={questions}
        labels={{ ...labels, correct: '答对了。', incorrect: '不太对。' }}
      />,
    )
    await user.click(screen.getByRole('radio', { name: 'Encoded' }))
    const feedback = screen.getByText('答对了。').parentElement!
    expect(feedback.textContent).toBe('答对了。It is only encoded.')
  })

  it('counts what was picked in the still picture before the quiz was live', () => {
    // The island hands over the radios checked before the code arrived, by their names.
    render(
      <QuizClient
        slug="payload"
        id="quiz-payload"
        questions={questions}
        labels={labels}
        typed={{ 'quiz-payload-q0': '1', 'quiz-payload-q1': '2' }}
      />,
    )
    expect(screen.getByRole('radio', { name: 'Encoded' })).toBeChecked()
    expect(screen.getByRole('radio', { name: 'typ' })).toBeChecked()
    expect(saved().answers.payload).toEqual([1, 2])
    expect(screen.getByRole('status')).toHaveTextContent('1 of 2 answered correctly')
  })

  // Last: once a write fails, the store keeps progress in memory for the rest of the page.
  it('keeps working when localStorage refuses to save', async () => {
    const user = userEvent.setup()
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    render(<QuizClient slug="header" questions={questions} labels={labels} />)
    await user.click(screen.getByRole('radio', { name: 'Hashed' }))
    expect(screen.getByRole('radio', { name: 'Hashed' })).toBeChecked()
    expect(screen.getByRole('radiogroup', { name: 'What is the payload?' })).toHaveTextContent(
      'Not quite. It is not hashed.',
    )
    setItem.mockRestore()
  })
})
