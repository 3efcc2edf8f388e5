'use client'
/**
 * @module Highlight: the member under the pointer or cursor in an editor, or the claim tapped in
 * the claims table, mapped to the token's bytes that carry it.
 */
import { useCallback, useMemo, useState } from 'react'
import type { DecodeResult } from '@/lib/jwt/decode'
import { highlightFor, type HighlightPart } from '@/lib/playground/highlight'

export function useHighlight(options: {
  decoded: DecodeResult | undefined
  header: HighlightPart
  payload: HighlightPart
}) {
  const { decoded, header, payload } = options
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
  // The parts' fields are listed one by one: the objects are rebuilt every render.
  const { text: headerText, scan: headerScan, tokenText: headerTokenText } = header
  const { text: payloadText, scan: payloadScan, tokenText: payloadTokenText } = payload
  const active = useMemo(
    () =>
      decoded
        ? highlightFor({
            segments: decoded.segments,
            claimPick,
            locate,
            header: { text: headerText, scan: headerScan, tokenText: headerTokenText },
            payload: { text: payloadText, scan: payloadScan, tokenText: payloadTokenText },
          })
        : null,
    [
      decoded,
      claimPick,
      locate,
      headerText,
      headerScan,
      headerTokenText,
      payloadText,
      payloadScan,
      payloadTokenText,
    ],
  )
  return { active, claimPick, setClaimPick, onLocateHeader, onLocatePayload }
}
