'use client'
/** @module Copies the code block it sits in; the text is read from the page, not a prop. */
import { useRef, useState } from 'react'

export function CopyButton({
  label,
  copied,
  title,
}: {
  label: string
  copied: string
  title: string
}) {
  const [done, setDone] = useState(false)
  const button = useRef<HTMLButtonElement>(null)

  async function copy() {
    const code = button.current?.closest('[data-code-block]')?.querySelector('pre')?.innerText
    if (code === undefined) return
    try {
      await navigator.clipboard.writeText(code)
      setDone(true)
      setTimeout(() => setDone(false), 2000)
    } catch {
      // No clipboard permission (or not a secure context): the code stays selectable.
    }
  }

  return (
    <button
      ref={button}
      type="button"
      onClick={copy}
      aria-label={title}
      className="rounded-md border border-zinc-300 bg-white px-2 py-0.5 text-xs font-medium text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:bg-zinc-800"
    >
      <span aria-live="polite">{done ? copied : label}</span>
    </button>
  )
}
