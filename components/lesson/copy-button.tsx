'use client'
/**
 * @module Copies a code block. The buttons are server-rendered (see code-block.tsx); this one leaf,
 * once per page, listens for their clicks, so a lesson with many code blocks pays for one listener
 * rather than one client component each. The text is read from the page, not a prop.
 */
import { useEffect } from 'react'

const DONE_MS = 2000

async function copy(button: HTMLButtonElement) {
  const code = button.closest('[data-code-block]')?.querySelector('pre')?.innerText
  const label = button.querySelector('[aria-live]')
  if (code === undefined || !label) return
  try {
    await navigator.clipboard.writeText(code)
  } catch {
    // No clipboard permission (or not a secure context): the code stays selectable.
    return
  }
  label.textContent = button.dataset.copied ?? ''
  clearTimeout(Number(button.dataset.timer))
  button.dataset.timer = String(
    setTimeout(() => (label.textContent = button.dataset.label ?? ''), DONE_MS),
  )
}

export function CodeCopy() {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest?.('button[data-copy]')
      if (button instanceof HTMLButtonElement) void copy(button)
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
  }, [])
  return null
}
