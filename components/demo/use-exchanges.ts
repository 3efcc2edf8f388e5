'use client'
/**
 * @module Sending the demo's requests to the site's real API and keeping every exchange, newest
 * first, for the result line, the sequence diagram and the log. One request at a time: `busy`
 * names the step in flight. Requests that present the refresh cookie also take the cross-tab
 * refresh lock; `waitingForLock` is true while another tab holds it.
 */
import { useCallback, useRef, useState } from 'react'
import type { Exchange, StepKind } from '@/lib/demo/exchange'
import type { DemoRequest } from '@/lib/demo/request'

// How a request is sent and read back loads with the first request, not with the page.
const loadSend = () => import('./send-exchange')

export function useExchanges() {
  const [exchanges, setExchanges] = useState<Exchange[]>([])
  const [busy, setBusy] = useState<StepKind | null>(null)
  const [waitingForLock, setWaitingForLock] = useState(false)
  const nextId = useRef(1)

  const send = useCallback(async (sent: DemoRequest): Promise<Exchange> => {
    setBusy(sent.kind)
    const id = nextId.current++
    let exchange: Exchange
    try {
      const { sendExchange } = await loadSend()
      exchange = await sendExchange(sent, id, () => setWaitingForLock(true))
    } catch {
      // The code could not load (offline, or a deploy removed it): a network error all the same.
      exchange = {
        id,
        kind: sent.kind,
        at: Date.now(),
        request: { method: sent.method, path: sent.path, headers: [], body: sent.body },
        networkError: true,
      }
    } finally {
      setBusy(null)
      setWaitingForLock(false)
    }
    setExchanges((previous) => [exchange, ...previous])
    return exchange
  }, [])

  return { exchanges, busy, waitingForLock, send }
}
