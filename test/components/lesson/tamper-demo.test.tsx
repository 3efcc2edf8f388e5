import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { TamperToggle } from '@/components/lesson/tamper-toggle'
import { prettySegment, signHs256, tamperPayload } from '@/lib/jwt'

const secret = 'a-string-secret-at-least-256-bits-long'
const labels = {
  toggle: 'Tamper with the payload',
  token: 'Token',
  secret: 'Secret',
  payload: 'Payload (decoded)',
  original: 'The token as it was signed.',
  changed: 'One character changed.',
  verified: 'Signature verified',
  notVerified: 'Verification fails',
}

describe('TamperToggle', () => {
  it('verifies the original, then fails verification once the payload is tampered with', async () => {
    const user = userEvent.setup()
    const token = await signHs256(
      '{"alg":"HS256","typ":"JWT"}',
      '{"sub":"42","role":"reader"}',
      secret,
    )
    const tampering = tamperPayload(token)!
    render(
      <TamperToggle
        original={token}
        tampered={tampering.token}
        secret={secret}
        originalValid
        originalPayload={prettySegment(token.split('.')[1]!)}
        tamperedPayload={prettySegment(tampering.token.split('.')[1]!)}
        labels={labels}
      />,
    )
    const toggle = screen.getByRole('switch', { name: 'Tamper with the payload' })
    const status = screen.getByRole('status')
    expect(toggle).toHaveAttribute('aria-checked', 'false')
    await waitFor(() => expect(status).toHaveTextContent('Signature verified'))

    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-checked', 'true')
    expect(screen.getByRole('group', { name: 'Token' })).toHaveTextContent(tampering.token)
    // Verified again with Web Crypto, not taken from a prop.
    await waitFor(() => expect(status).toHaveTextContent('Verification fails'))
    expect(status).toHaveTextContent('One character changed.')
    expect(screen.getByText(/"sub": "43"/)).toBeInTheDocument()

    await user.keyboard(' ')
    expect(toggle).toHaveAttribute('aria-checked', 'false')
    await waitFor(() => expect(status).toHaveTextContent('Signature verified'))
  })
})
