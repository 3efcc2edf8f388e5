'use client'
/**
 * @module Highlight: the member under the pointer or cursor in an editor, or the claim tapped in
 * the claims table, mapped to the token's bytes that carry it.
 */
import { useCallback, useMemo, useState } from 'react'
import type { DecodeResult } from '@/lib/jwt/decode'
import { highlightFor } from '@/lib/playground/highlight'
import type { EditorTexts } from './use-editor-texts'

export function useHighlight(decoded: DecodeResult | undefined, texts: EditorTexts) {
  const [locate, setLocate] = useState<{ part: 'header' | 'payload'; offset: number } | null>(null)
  const [claimPick, setClaimPick] = useState<string | null>(null)
  const onLocateHeader = useCallback(
    (offset: number | null) => setLocate(offset === null ? null : { part: 'header', offset }),
    [],
  )
  const onLocatePayload = useCallback(
    (offset: number | null) => setLocate(offset === null ? null : { part: 'payload', offset }),
    [],
  )
  // Listed one by one for the memo: `texts` itself is a new object every render.
  const { headerText, headerScan, decodedHeaderText } = texts
  const { payloadText, payloadScan, decodedPayloadText } = texts
  const active = useMemo(
    () =>
      decoded
        ? highlightFor({
            segments: decoded.segments,
            claimPick,
            locate,
            header: { text: headerText, scan: headerScan, tokenText: decodedHeaderText },
            payload: { text: payloadText, scan: payloadScan, tokenText: decodedPayloadText },
          })
        : null,
    [
      decoded,
      claimPick,
      locate,
      headerText,
      headerScan,
      decodedHeaderText,
      payloadText,
      payloadScan,
      decodedPayloadText,
    ],
  )
  return { active, claimPick, setClaimPick, onLocateHeader, onLocatePayload }
}
