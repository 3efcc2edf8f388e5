import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { PayloadEditorClient } from '@/components/lesson/payload-editor-client'
import { signHs256, verifyHs256 } from '@/lib/jwt'

const header = '{"alg":"HS256","typ":"JWT"}'
const secret = 'a-string-secret-at-least-256-bits-long'
const labels = {
  editor: 'Payload JSON: edit it',
  token: 'Token',
  secret: 'Secret',
  invalidJson: 'Not valid JSON yet.',
  changed: 'The signature changed.',
  same: 'Original payload.',
  reset: 'Reset',
  signature: 'Signature',
  parts: { header: 'Header', payload: 'Payload', signature: 'Signature' },
}

async function setup(typed?: Record<string, string>) {
  const initialText = JSON.stringify({ sub: '42', name: 'Ada' }, null, 2)
  const initialToken = await signHs256(header, '{"sub":"42","name":"Ada"}', secret)
  render(
    <PayloadEditorClient
      id="editor"
      header={header}
      secret={secret}
      initialText={initialText}
      initialToken={initialToken}
      labels={labels}
      typed={typed}
    />,
  )
  const token = () => screen.getByRole('group', { name: 'Token' }).textContent ?? ''
  return { initialToken, token }
}

describe('PayloadEditorClient', () => {
  it('shows the signed token before any edit', async () => {
    const { initialToken, token } = await setup()
    expect(token()).toBe(initialToken)
    expect(screen.getByRole('status')).toHaveTextContent('Original payload.')
  })

  it('re-signs on every valid edit: the payload and the signature change, and still verify', async () => {
    const { initialToken, token } = await setup()
    const editor = screen.getByRole('textbox', { name: 'Payload JSON: edit it' })
    fireEvent.change(editor, { target: { value: '{"sub":"43","name":"Ada"}' } })
    await waitFor(() => expect(token()).not.toBe(initialToken))
    const [h, p, s] = token().split('.')
    const [h0, p0, s0] = initialToken.split('.')
    expect(h).toBe(h0)
    expect(p).not.toBe(p0)
    expect(s).not.toBe(s0)
    expect(token()).toBe(await signHs256(header, '{"sub":"43","name":"Ada"}', secret))
    expect(await verifyHs256(token(), secret)).toBe(true)
    expect(screen.getByRole('status')).toHaveTextContent('The signature changed.')
  })

  it('keeps the last token and says so while the JSON is invalid', async () => {
    const user = userEvent.setup()
    const { initialToken, token } = await setup()
    const editor = screen.getByRole('textbox', { name: 'Payload JSON: edit it' })
    await user.type(editor, '{{')
    expect(editor).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('status')).toHaveTextContent('Not valid JSON yet.')
    expect(token()).toBe(initialToken)
    await user.click(screen.getByRole('button', { name: 'Reset' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Original payload.'))
  })

  it('starts from what was typed into the still picture before the editor was live', async () => {
    const { token } = await setup({ payload: '{"sub":"44"}' })
    expect(screen.getByRole('textbox', { name: 'Payload JSON: edit it' })).toHaveValue(
      '{"sub":"44"}',
    )
    await waitFor(async () => expect(token()).toBe(await signHs256(header, '{"sub":"44"}', secret)))
  })
})
