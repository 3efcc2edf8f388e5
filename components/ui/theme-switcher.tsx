'use client'
/** @module Light / dark / system theme choice, remembered in localStorage. */
import { useEffect, useId, useLayoutEffect, useSyncExternalStore } from 'react'
import { THEME_STORAGE_KEY } from './theme-script'

const themes = ['light', 'dark', 'system'] as const
export type Theme = (typeof themes)[number]

function applyTheme(theme: Theme) {
  const dark =
    theme === 'dark' ||
    (theme === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches)
  document.documentElement.classList.toggle('dark', dark)
  document.documentElement.dataset.theme = theme
}

// The inline theme script writes the choice to <html data-theme> before first paint; that
// attribute is the single source of truth, so the switcher subscribes to it.
function readTheme(): Theme {
  const stored = document.documentElement.dataset.theme
  return themes.find((t) => t === stored) ?? 'system'
}

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
  return () => observer.disconnect()
}

/**
 * Puts the remembered theme back on <html> before the next paint, when the inline script's work
 * is gone or never ran: switching language renders the layout, and so <html>, afresh (React
 * resets its attributes), and a page React renders in the browser (the root 404, served as an
 * error shell) never runs an inline script at all.
 */
function useRestoredTheme() {
  useLayoutEffect(() => {
    if (document.documentElement.dataset.theme) return
    let stored: string | null = null
    try {
      stored = localStorage.getItem(THEME_STORAGE_KEY)
    } catch {
      // storage disabled: the system theme
    }
    applyTheme(themes.find((t) => t === stored) ?? 'system')
  }, [])
}

/** {@link useRestoredTheme} for a page without the switcher (the root 404). */
export function ThemeRestorer() {
  useRestoredTheme()
  return null
}

export function ThemeSwitcher({ labels }: { labels: Record<Theme | 'label', string> }) {
  const name = useId()
  // null on the server: it cannot know the stored theme, so no radio is checked until hydration.
  const theme = useSyncExternalStore<Theme | null>(subscribe, readTheme, () => null)

  useRestoredTheme()

  useEffect(() => {
    if (theme !== 'system') return
    const query = window.matchMedia('(prefers-color-scheme: dark)')
    const onChange = () => applyTheme('system')
    query.addEventListener('change', onChange)
    return () => query.removeEventListener('change', onChange)
  }, [theme])

  function choose(next: Theme) {
    applyTheme(next)
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next)
    } catch {
      // Private mode or storage disabled: the choice still applies to this page.
    }
  }

  return (
    <fieldset className="flex items-center rounded-full border border-zinc-300 p-0.5 dark:border-zinc-700">
      <legend className="sr-only">{labels.label}</legend>
      {themes.map((t) => (
        <label
          key={t}
          className="cursor-pointer rounded-full px-2 py-1 text-xs text-zinc-700 has-checked:bg-zinc-900 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-indigo-600 dark:text-zinc-300 dark:has-checked:bg-zinc-100 dark:has-checked:text-zinc-900"
        >
          <input
            type="radio"
            name={name}
            value={t}
            checked={theme === t}
            onChange={() => choose(t)}
            className="sr-only"
          />
          {labels[t]}
        </label>
      ))}
    </fieldset>
  )
}
