'use client'
/** @module The live part of <TokenRecipients>: each choice re-runs the recipient's checks. */
import { useState } from 'react'
import {
  START,
  TokenRecipientsView,
  type RecipientsLabels,
  type RecipientsTokens,
} from './token-recipients-view'

export function TokenRecipientsLive(props: {
  id: string
  tokens: RecipientsTokens
  labels: RecipientsLabels
}) {
  const [choice, setChoice] = useState(START)
  return <TokenRecipientsView {...props} choice={choice} onChoice={setChoice} />
}

// The island registry loads this module for its default export.
export { TokenRecipientsLive as default }
