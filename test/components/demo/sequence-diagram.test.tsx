import { render, screen, within } from '@testing-library/react'
import { SequenceDiagram } from '@/components/demo/sequence-diagram'
import { exchange, strings } from './fixtures'

describe('SequenceDiagram', () => {
  it('is an ordered list of the six steps, none sent yet', () => {
    render(<SequenceDiagram exchanges={[]} strings={strings} />)
    const steps = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(steps).toHaveLength(6)
    expect(steps[1]).toHaveTextContent('POST /api/auth/login')
    for (const step of steps) expect(step).toHaveTextContent(strings.stepIdle)
  })

  it('marks each step by its latest exchange and the newest as the current step', () => {
    render(
      <SequenceDiagram
        strings={strings}
        exchanges={[
          exchange({
            id: 2,
            kind: 'tamper',
            response: {
              status: 401,
              statusText: '',
              headers: [],
              body: { code: 'TOKEN_BAD_SIGNATURE' },
            },
          }),
          exchange({
            id: 1,
            kind: 'login',
            response: { status: 200, statusText: '', headers: [] },
          }),
        ]}
      />,
    )
    const [, login, me] = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(login).toHaveTextContent(strings.stepOk)
    expect(login).not.toHaveAttribute('aria-current')
    expect(me).toHaveAttribute('aria-current', 'step')
    expect(me).toHaveTextContent('401 TOKEN_BAD_SIGNATURE')
    expect(me).toHaveTextContent(strings.kinds.tamper)
    expect(me).toHaveTextContent(`${strings.stepFailed}, ${strings.stepLatest}`)
  })
})
