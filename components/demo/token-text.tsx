'use client'

/** @module A token shown abbreviated, with a button that expands it in place. */
import { useState } from 'react'
import { abbreviate } from '@/lib/jwt/format'

export function TokenText({
  token,
  prefix = '',
  labels,
}: {
  token: string
  prefix?: string
  labels: { show: string; hide: string }
}) {
  const [full, setFull] = useState(false)
  return (
    <span className="inline">
      <span className="font-mono break-all">
        {prefix}
        {full ? token : abbreviate(token)}
      </span>{' '}
      <button
        type="button"
        aria-expanded={full}
        onClick={() => setFull(!full)}
        className="rounded px-1 text-xs font-sans font-medium text-indigo-700 underline underline-offset-2 hover:bg-indigo-50 dark:text-indigo-300 dark:hover:bg-indigo-950"
      >
        {full ? labels.hide : labels.show}
      </button>
    </span>
  )
}
