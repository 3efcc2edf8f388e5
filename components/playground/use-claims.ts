'use client'
/**
 * @module The payload's claims: the object itself, each claim explained, whether the token is
 * valid at the playground's "now", and the hover docs Monaco shows for each claim.
 */
import { useMemo } from 'react'
import type { DecodedJws } from '@/lib/jwt/decode'
import { explainClaims, tokenState } from '@/lib/jwt/explain'
import type { JsonObject } from '@/lib/jwt/json'
import { localDate, relative } from '@/lib/playground/format'
import type { ClaimDocs, StringsFor } from './strings'
import { claimsStateText } from './verdict-banner'

export function useClaims(
  jws: DecodedJws | undefined,
  nowMs: number | null,
  strings: StringsFor<'claimsState' | 'jwt'>,
  locale: string,
) {
  // Keyed on the payload text: a new signature or a re-sign of the same JSON keeps the same
  // object, so the claims table and hover docs do not rebuild on every keystroke.
  // Derived from the text alone (the decoder's value is `JSON.parse` of the same text).
  const liveText = jws?.payload?.type === 'json' ? jws.payload.text : null
  const claimsObject = useMemo(
    () => (liveText === null ? undefined : (JSON.parse(liveText) as JsonObject)),
    [liveText],
  )
  const claims = useMemo(() => (claimsObject ? explainClaims(claimsObject) : []), [claimsObject])

  const lifetime = claimsObject && nowMs !== null ? tokenState(claimsObject, nowMs) : null
  const claimsState =
    nowMs === null && claimsObject
      ? { text: strings.claimsState.pending, tone: 'neutral' as const }
      : claimsStateText(lifetime, strings.claimsState, Math.floor((nowMs ?? 0) / 1000), locale)

  // Hover docs for Monaco; time claims also get their date (refreshed once a minute).
  const minute = nowMs === null ? null : Math.floor(nowMs / 60_000)
  const payloadDocs = useMemo<ClaimDocs>(() => {
    const docs: ClaimDocs = { ...(strings.jwt.claims as ClaimDocs) }
    if (minute === null) return docs
    for (const c of claims) {
      if (!c.time || !docs[c.claim]) continue
      const date = localDate(c.time.seconds, locale)
      if (date)
        docs[c.claim] = {
          ...docs[c.claim]!,
          detail: `${date} · ${relative(c.time.seconds, minute * 60, locale)}`,
        }
    }
    return docs
  }, [strings.jwt.claims, claims, minute, locale])

  return { claimsObject, claims, claimsState, payloadDocs }
}
