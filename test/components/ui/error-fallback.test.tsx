import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import zh from '@/content/messages/zh-CN.json'
import { ErrorFallback, ErrorStringsProvider } from '@/components/ui/error-fallback'

describe('ErrorFallback', () => {
  it('speaks the language the layout provides and retries on request', async () => {
    const reset = vi.fn()
    render(
      <ErrorStringsProvider strings={zh.Error}>
        <ErrorFallback reset={reset} />
      </ErrorStringsProvider>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent(zh.Error.body)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(zh.Error.title)
    await userEvent.click(screen.getByRole('button', { name: zh.Error.retry }))
    expect(reset).toHaveBeenCalledOnce()
  })
})
