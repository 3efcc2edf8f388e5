import { act, fireEvent, render, screen } from '@testing-library/react'
import { SharePanel } from '@/components/playground/share-panel'
import { enStrings } from './strings'

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2ln'

describe('SharePanel', () => {
  beforeEach(() => window.history.replaceState(null, '', '/en/playground?debug=1#old'))

  it('builds a link with the token in the fragment, never the query', () => {
    render(<SharePanel token={TOKEN} strings={enStrings} />)
    const link = new URL(
      (screen.getByRole('textbox', { name: 'Share link' }) as HTMLInputElement).value,
    )
    expect(link.pathname).toBe('/en/playground')
    expect(link.search).toBe('')
    expect(link.hash).toBe(`#token=${TOKEN}`)
    expect(screen.getByText(/never send to any server/)).toBeInTheDocument()
  })

  it('copies the link, and says so', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    render(<SharePanel token={TOKEN} strings={enStrings} />)
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy share link' })))
    expect(writeText).toHaveBeenCalledWith(`http://localhost:3000/en/playground#token=${TOKEN}`)
    expect(screen.getByRole('button', { name: 'Link copied' })).toBeInTheDocument()
  })

  it('offers no link for text that is not a token', () => {
    render(<SharePanel token="not a token" strings={enStrings} />)
    expect(screen.queryByRole('textbox', { name: 'Share link' })).toBeNull()
    expect(screen.getByText('No token to share yet.')).toBeInTheDocument()
  })
})
