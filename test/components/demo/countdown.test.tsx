import { act, render, screen } from '@testing-library/react'
import { Countdown } from '@/components/demo/countdown'
import { strings } from './fixtures'

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0)
const exp = NOW / 1000 + 10

describe('Countdown', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(NOW)
  })
  afterEach(() => vi.useRealTimers())

  it('is a timer named "Time left" that counts down every second', () => {
    render(<Countdown exp={exp} iat={exp - 10} leeway={5} strings={strings} />)
    const timer = screen.getByRole('timer', { name: 'Time left' })
    expect(timer).toHaveTextContent('expires in 10 s')
    act(() => vi.advanceTimersByTime(3000))
    expect(timer).toHaveTextContent('expires in 7 s')
  })

  it('shows 1 s during the last second and switches to "expired" at exp', () => {
    render(<Countdown exp={exp} leeway={5} strings={strings} />)
    const timer = screen.getByRole('timer', { name: 'Time left' })
    act(() => vi.advanceTimersByTime(9500))
    expect(timer).toHaveTextContent('expires in 1 s')
    act(() => vi.advanceTimersByTime(500))
    expect(timer).toHaveTextContent('expired 0 s ago')
    act(() => vi.advanceTimersByTime(4000))
    expect(timer).toHaveTextContent('expired 4 s ago')
  })

  it('explains the server leeway', () => {
    render(<Countdown exp={exp} leeway={5} strings={strings} />)
    expect(screen.getByText(/allows 5 s of clock skew \(leeway\) after exp/)).toBeInTheDocument()
  })

  it('starts from the real time even when mounted long after the token was issued', () => {
    vi.setSystemTime(NOW + 60_000)
    render(<Countdown exp={exp} leeway={5} strings={strings} />)
    expect(screen.getByRole('timer', { name: 'Time left' })).toHaveTextContent('expired 50 s ago')
  })
})
