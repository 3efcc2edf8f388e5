'use client'
/**
 * @module Sending the demo's requests to the site's real API and keeping every exchange, newest
 * first, for the result line, the sequence diagram and the log. One request at a time: `busy`
 * names the step in flight. Requests that present the refresh cookie also take the cross-tab
 * refresh lock; `waitingForLock` is true while another tab holds it.
 */
import { useCallback, useRef, useState } from 'react'
import {
  expectedSetCookies,
  pickHeaders,
  presentsRefreshCookie,
  type Exchange,
  type StepKind,
} from '@/lib/demo/exchange'
import { reasonPhrase } from '@/lib/demo/format'
import {
  errorCodeOf,
  issuedTokenOf,
  parseBody,
  requestHeaders,
  type DemoRequest,
} from '@/lib/demo/request'
import { withRefreshLock } from '@/lib/demo/refresh-lock'

export function useExchanges() {
  const [exchanges, setExchanges] = useState<Exchange[]>([])
  const [busy, setBusy] = useState<StepKind | null>(null)
  const [waitingForLock, setWaitingForLock] = useState(false)
  const nextId = useRef(1)

  const send = useCallback(async (sent: DemoRequest): Promise<Exchange> => {
    const { headers, shown } = requestHeaders(sent)
    const exchange: Exchange = {
      id: nextId.current++,
      kind: sent.kind,
      at: Date.now(),
      request: { method: sent.method, path: sent.path, headers: shown, body: sent.body },
      sentToken: sent.sentToken,
      tampered: sent.tampered,
    }
    setBusy(sent.kind)
    try {
      const request = async () => {
        const res = await fetch(sent.path, {
          method: sent.method,
          headers,
          body: sent.body === undefined ? undefined : JSON.stringify(sent.body),
          credentials: 'same-origin',
          cache: 'no-store',
        })
        return { res, text: await res.text() }
      }
      let answer: Awaited<ReturnType<typeof request>>
      if (presentsRefreshCookie(sent.kind)) {
        const locked = await withRefreshLock(request, { onWait: () => setWaitingForLock(true) })
        answer = locked.value
        if (locked.waited) exchange.waitedForLock = true
      } else {
        answer = await request()
      }
      const { res } = answer
      const body = parseBody(answer.text)
      const code = errorCodeOf(body)
      exchange.response = {
        status: res.status,
        statusText: reasonPhrase(res.status, res.statusText),
        headers: [
          ...pickHeaders(res.headers),
          // Set-Cookie is hidden from JavaScript: show what the API sends, masked.
          ...expectedSetCookies(sent.kind, res.status, location.protocol === 'https:', code),
        ],
        body,
      }
      exchange.issuedToken = issuedTokenOf(res.ok, body)
    } catch {
      exchange.networkError = true
    } finally {
      setBusy(null)
      setWaitingForLock(false)
    }
    setExchanges((previous) => [exchange, ...previous])
    return exchange
  }, [])

  return { exchanges, busy, waitingForLock, send }
}
