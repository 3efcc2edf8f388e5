'use client'
/** @module The live part of <TokenSplit>: the token and its parts follow each other as you type. */
import { useMemo, useState } from 'react'
import { replacePart, splitToken } from '@/lib/lessons/token-split'
import type { Typed } from './islands/registry'
import { TokenSplitView, type TokenSplitLabels } from './token-split-view'

/** What the reader typed before the widget arrived, applied in the order the fields appear. */
function startingToken(initial: string, typed: Typed | undefined): string {
  let token = typed?.token ?? initial
  if (typed?.header !== undefined) token = replacePart(token, 'header', typed.header)
  if (typed?.payload !== undefined) token = replacePart(token, 'payload', typed.payload)
  return token
}

export function TokenSplitLive({
  id,
  initial,
  labels,
  locale,
  typed,
}: {
  id: string
  initial: string
  labels: TokenSplitLabels
  locale: string
  typed?: Typed
}) {
  const [token, setToken] = useState(() => startingToken(initial, typed))
  const split = useMemo(() => splitToken(token), [token])
  return (
    <TokenSplitView
      id={id}
      token={token}
      split={split}
      labels={labels}
      locale={locale}
      onToken={setToken}
      onPart={(part, text) => setToken((current) => replacePart(current, part, text))}
      onReset={() => setToken(initial)}
    />
  )
}

// The island registry loads this module for its default export.
export { TokenSplitLive as default }
