'use client'
/** @module The interactive part of <PayloadEditor>: a textarea and a token re-signed live. */
import { useEffect, useId, useMemo, useState } from 'react'
import { signHs256 } from '@/lib/jwt/hmac'
import { ColouredToken, PartLegend, type PartLabels } from './token-parts'

export type PayloadEditorLabels = {
  editor: string
  token: string
  secret: string
  invalidJson: string
  changed: string
  same: string
  reset: string
  signature: string
  parts: PartLabels
}

function compactJson(text: string): string | undefined {
  try {
    return JSON.stringify(JSON.parse(text))
  } catch {
    return undefined
  }
}

export function PayloadEditorClient({
  header,
  secret,
  initialText,
  initialToken,
  labels,
}: {
  header: string
  secret: string
  initialText: string
  initialToken: string
  labels: PayloadEditorLabels
}) {
  const id = useId()
  const [text, setText] = useState(initialText)
  const [token, setToken] = useState(initialToken)
  // The compact JSON to sign, or undefined while the text is not valid JSON.
  const payload = useMemo(() => compactJson(text), [text])
  const invalid = payload === undefined

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

  const changed = token !== initialToken
  return (
    <div className="space-y-3">
      <label htmlFor={`${id}-payload`} className="sr-only">
        {labels.editor}
      </label>
      <textarea
        id={`${id}-payload`}
        value={text}
        onChange={(event) => setText(event.target.value)}
        spellCheck={false}
        rows={Math.min(10, text.split('\n').length + 1)}
        aria-invalid={invalid}
        aria-describedby={`${id}-status`}
        className="w-full rounded-md border border-zinc-300 bg-white p-3 font-mono text-sm text-jwt-payload dark:border-zinc-700 dark:bg-zinc-950"
      />
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <span>
          {labels.secret}:{' '}
          <code className="rounded bg-white px-1.5 py-0.5 font-mono break-all dark:bg-zinc-950">
            {secret}
          </code>
        </span>
        <button
          type="button"
          onClick={() => setText(initialText)}
          disabled={text === initialText}
          className="rounded-md border border-zinc-300 px-3 py-1 font-medium hover:bg-white disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-950"
        >
          {labels.reset}
        </button>
      </div>
      <ColouredToken
        token={token}
        label={labels.token}
        highlight={changed ? 'signature' : undefined}
      />
      <PartLegend labels={labels.parts} />
      <p id={`${id}-status`} role="status" aria-live="polite" className="text-sm">
        {invalid ? (
          <span className="text-red-800 dark:text-red-300">{labels.invalidJson}</span>
        ) : changed ? (
          labels.changed
        ) : (
          labels.same
        )}
      </p>
    </div>
  )
}
