'use client'
/** @module The live part of <TamperDemo>: flipping the switch re-verifies the token with Web Crypto. */
import { useEffect, useState } from 'react'
import { verifyHs256 } from '@/lib/jwt/hmac'
import { TamperView, type TamperFacts } from './tamper-view'

export function TamperToggle({
  originalValid,
  ...facts
}: TamperFacts & { originalValid: boolean }) {
  const [on, setOn] = useState(false)
  const token = on ? facts.tampered : facts.original
  const [result, setResult] = useState({ token: facts.original, valid: originalValid })

  useEffect(() => {
    let current = true
    verifyHs256(token, facts.secret).then((valid) => {
      if (current) setResult({ token, valid })
    })
    return () => {
      current = false
    }
  }, [token, facts.secret])

  return (
    <TamperView
      {...facts}
      on={on}
      valid={result.token === token ? result.valid : undefined}
      onToggle={() => setOn((value) => !value)}
    />
  )
}

// The island registry loads this module for its default export.
export { TamperToggle as default }
