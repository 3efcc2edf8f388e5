'use client'
/**
 * @module The live part of <AlgVerifiers>: each change to the header rebuilds the token (HS256
 * re-signed with the public key on Web Crypto) and runs both verifiers on it again.
 */
import { useEffect, useState } from 'react'
import {
  forgeToken,
  naiveVerify,
  strictVerify,
  type BoundKey,
  type HeaderChoice,
} from '@/lib/lessons/alg-verifiers'
import type { Typed } from './islands/registry'
import { AlgVerifiersView, type AlgVerifiersLabels, type Verdicts } from './alg-verifiers-view'

type Checked = { key: string; token: string; verdicts: Verdicts }

const keyOf = (choice: HeaderChoice) => JSON.stringify(choice)

export function AlgVerifiersLive({
  id,
  initialChoice,
  initial,
  serverKey,
  labels,
  locale,
  typed,
}: {
  id: string
  initialChoice: HeaderChoice
  initial: { token: string; verdicts: Verdicts }
  serverKey: BoundKey
  labels: AlgVerifiersLabels
  locale: string
  typed?: Typed
}) {
  const [choice, setChoice] = useState<HeaderChoice>(() => ({
    ...initialChoice,
    typ: typed?.typ ?? initialChoice.typ,
    kid: typed?.kid ?? initialChoice.kid,
  }))
  const [checked, setChecked] = useState<Checked>({ key: keyOf(initialChoice), ...initial })
  const key = keyOf(choice)

  useEffect(() => {
    let current = true
    ;(async () => {
      const token = await forgeToken(choice, initial.token, serverKey.publicKeyPem)
      const [naive, strict] = await Promise.all([
        naiveVerify(token, serverKey.publicKeyPem),
        strictVerify(token, [serverKey]),
      ])
      if (current) setChecked({ key: keyOf(choice), token, verdicts: { naive, strict } })
    })()
    return () => {
      current = false
    }
  }, [choice, initial.token, serverKey])

  return (
    <AlgVerifiersView
      id={id}
      choice={choice}
      token={checked.token}
      verdicts={checked.key === key ? checked.verdicts : undefined}
      labels={labels}
      locale={locale}
      onChoice={setChoice}
    />
  )
}

// The island registry loads this module for its default export.
export { AlgVerifiersLive as default }
