'use client'
/**
 * @module The live part of <PayloadEditor>: the token re-signed on every valid edit. Loaded as an
 * island (see islands/registry.ts); the server renders the same PayloadEditorView first.
 */
import { useEffect, useMemo, useState } from 'react'
import { signHs256 } from '@/lib/jwt/hmac'
import type { Typed } from './islands/registry'
import { PayloadEditorView, type PayloadEditorLabels } from './payload-editor-view'

export type { PayloadEditorLabels } from './payload-editor-view'

function compactJson(text: string): string | undefined {
  try {
    return JSON.stringify(JSON.parse(text))
  } catch {
    return undefined
  }
}

export function PayloadEditorClient({
  id,
  header,
  secret,
  initialText,
  initialToken,
  labels,
  typed,
}: {
  /** The still picture's id prefix. */
  id: string
  header: string
  secret: string
  initialText: string
  initialToken: string
  labels: PayloadEditorLabels
  /** What the reader typed into the still picture before the editor was live. */
  typed?: Typed
}) {
  const [text, setText] = useState(typed?.payload ?? initialText)
  const [token, setToken] = useState(initialToken)
  // The compact JSON to sign, or undefined while the text is not valid JSON.
  const payload = useMemo(() => compactJson(text), [text])

  useEffect(() => {
    if (payload === undefined) return
    let current = true
    // Signing is async (Web Crypto); a slower earlier edit must not overwrite a later one.
    signHs256(header, payload, secret).then((next) => {
      if (current) setToken(next)
    })
    return () => {
      current = false
    }
  }, [payload, header, secret])

  return (
    <PayloadEditorView
      id={id}
      secret={secret}
      text={text}
      initialText={initialText}
      token={token}
      changed={token !== initialToken}
      invalid={payload === undefined}
      labels={labels}
      onText={setText}
    />
  )
}

// The island registry loads this module for its default export.
export { PayloadEditorClient as default }
