'use client'
/** @module A copy button that says "Copied" (or how to copy by hand) where the reader looks. */
import { useEffect, useState } from 'react'

export interface CopyLabels {
  copy: string
  copied: string
  failed: string
}

export function CopyButton({
  text,
  labels,
  name,
  className = '',
}: {
  text: string
  labels: CopyLabels
  /** What is copied, for the accessible name: "Copy Public key (PEM)". */
  name?: string
  className?: string
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 2000)
    return () => clearTimeout(timer)
  }, [state])

  async function copy() {
    try {
      await navigator.clipboard.writeText(text)
      setState('copied')
    } catch {
      setState('failed')
    }
  }

  const label =
    state === 'copied' ? labels.copied : state === 'failed' ? labels.failed : labels.copy
  return (
    <button
      type="button"
      onClick={copy}
      aria-label={name ? `${labels.copy}: ${name}` : undefined}
      className={`inline-flex items-center gap-1 rounded-md border border-zinc-300 bg-white px-2.5 py-1 text-xs font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800 ${className}`}
    >
      <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" className="shrink-0">
        <path
          fill="currentColor"
          d="M5 1.5h7A1.5 1.5 0 0 1 13.5 3v8h-1.5V3H5V1.5Zm-2 3h7A1.5 1.5 0 0 1 11.5 6v7A1.5 1.5 0 0 1 10 14.5H3A1.5 1.5 0 0 1 1.5 13V6A1.5 1.5 0 0 1 3 4.5Zm0 1.5v7h7V6H3Z"
        />
      </svg>
      <span aria-live="polite">{label}</span>
    </button>
  )
}
