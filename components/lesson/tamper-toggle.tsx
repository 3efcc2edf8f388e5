'use client'
/** @module The interactive part of <TamperDemo>: a switch, the token, and a live verification. */
import { useEffect, useState } from 'react'
import { verifyHs256 } from '@/lib/jwt/hmac'
import { ColouredToken, DecodedJson, VerifyBadge } from './token-parts'

export type TamperLabels = {
  toggle: string
  token: string
  secret: string
  payload: string
  original: string
  changed: string
  verified: string
  notVerified: string
}

export function TamperToggle({
  original,
  tampered,
  secret,
  originalValid,
  originalPayload,
  tamperedPayload,
  labels,
}: {
  original: string
  tampered: string
  secret: string
  originalValid: boolean
  originalPayload: string
  tamperedPayload: string
  labels: TamperLabels
}) {
  const [on, setOn] = useState(false)
  const token = on ? tampered : original
  // undefined while Web Crypto is still checking the token on screen.
  const [result, setResult] = useState<{ token: string; valid: boolean }>({
    token: original,
    valid: originalValid,
  })

  useEffect(() => {
    let current = true
    verifyHs256(token, secret).then((valid) => {
      if (current) setResult({ token, valid })
    })
    return () => {
      current = false
    }
  }, [token, secret])

  const checked = result.token === token
  return (
    <div className="space-y-3">
      <button
        type="button"
        role="switch"
        aria-checked={on}
        onClick={() => setOn((value) => !value)}
        className="group inline-flex items-center gap-3 rounded-md text-sm font-medium"
      >
        <span
          aria-hidden="true"
          className="relative h-6 w-11 rounded-full bg-zinc-400 transition-colors group-aria-checked:bg-red-700 dark:bg-zinc-600 dark:group-aria-checked:bg-red-400"
        >
          <span className="absolute top-1 left-1 size-4 rounded-full bg-white transition-transform group-aria-checked:translate-x-5" />
        </span>
        {labels.toggle}
      </button>
      <ColouredToken token={token} label={labels.token} highlight={on ? 'payload' : undefined} />
      <DecodedJson
        title={labels.payload}
        json={on ? tamperedPayload : originalPayload}
        tone="payload"
      />
      <p className="text-sm">
        {labels.secret}:{' '}
        <code className="rounded bg-white px-1.5 py-0.5 font-mono break-all dark:bg-zinc-950">
          {secret}
        </code>
      </p>
      <div role="status" aria-live="polite" className="space-y-2 text-sm" aria-busy={!checked}>
        <p>{on ? labels.changed : labels.original}</p>
        {checked && (
          <VerifyBadge
            ok={result.valid}
            labels={{ ok: labels.verified, fail: labels.notVerified }}
          />
        )}
      </div>
    </div>
  )
}
