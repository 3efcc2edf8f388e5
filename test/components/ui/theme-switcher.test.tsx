import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ThemeSwitcher } from '@/components/ui/theme-switcher'

const labels = { label: 'Theme', light: 'Light', dark: 'Dark', system: 'System' }

function setSystemDark(dark: boolean) {
  window.matchMedia = ((query: string) => ({
    matches: dark && query.includes('dark'),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  })) as unknown as typeof window.matchMedia
}

describe('ThemeSwitcher', () => {
  beforeEach(() => {
    localStorage.clear()
    document.documentElement.className = ''
    delete document.documentElement.dataset.theme
    setSystemDark(false)
  })

  it('is a labelled group of three radios', () => {
    render(<ThemeSwitcher labels={labels} />)
    expect(screen.getByRole('group', { name: 'Theme' })).toBeInTheDocument()
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual([
      'light',
      'dark',
      'system',
    ])
  })

  it('reads back the theme the inline script applied', () => {
    document.documentElement.dataset.theme = 'dark'
    render(<ThemeSwitcher labels={labels} />)
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked()
  })

  it('puts the stored theme back on <html> when a re-render cleared it', () => {
    // Switching language re-renders <html>, which drops the class the inline script set.
    localStorage.setItem('theme', 'dark')
    render(<ThemeSwitcher labels={labels} />)
    expect(document.documentElement).toHaveClass('dark')
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked()
  })

  it('applies and remembers a choice', async () => {
    render(<ThemeSwitcher labels={labels} />)
    await userEvent.click(screen.getByRole('radio', { name: 'Dark' }))
    expect(document.documentElement).toHaveClass('dark')
    expect(localStorage.getItem('theme')).toBe('dark')
    await userEvent.click(screen.getByRole('radio', { name: 'Light' }))
    expect(document.documentElement).not.toHaveClass('dark')
    expect(localStorage.getItem('theme')).toBe('light')
  })

  it('follows the system preference when set to System', async () => {
    setSystemDark(true)
    document.documentElement.dataset.theme = 'light'
    render(<ThemeSwitcher labels={labels} />)
    await userEvent.click(screen.getByRole('radio', { name: 'System' }))
    expect(document.documentElement).toHaveClass('dark')
    expect(localStorage.getItem('theme')).toBe('system')
  })

  it('is reachable and operable with the keyboard', async () => {
    document.documentElement.dataset.theme = 'light'
    render(<ThemeSwitcher labels={labels} />)
    await userEvent.tab()
    expect(screen.getByRole('radio', { name: 'Light' })).toHaveFocus()
    await userEvent.keyboard('{ArrowRight}')
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked()
    expect(document.documentElement).toHaveClass('dark')
  })
})
