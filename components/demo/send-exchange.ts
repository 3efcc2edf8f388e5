/**
 * @module Sends one demo request to the site's real API and records the exchange: the headers it
 * really carried beside the lines shown, the response (Set-Cookie shown as the API sends it,
 * masked) and any token issued. Requests that present the refresh cookie take the cross-tab
 * refresh lock first. Loaded by useExchanges with the first request.
 */
import { presentsRefreshCookie, type Exchange } from '@/lib/demo/exchange'
import { expectedSetCookies, pickHeaders } from '@/lib/demo/exchange-headers'
import { reasonPhrase } from '@/lib/demo/format'
import {
  errorCodeOf,
  issuedTokenOf,
  parseBody,
  requestHeaders,
  type DemoRequest,
} from '@/lib/demo/request'
import { withRefreshLock } from '@/lib/demo/refresh-lock'

/** `onWait` runs when another tab holds the refresh lock and this request waits for it. */
export async function sendExchange(
  sent: DemoRequest,
  id: number,
  onWait: () => void,
): Promise<Exchange> {
  const { headers, shown } = requestHeaders(sent)
  const exchange: Exchange = {
    id,
    kind: sent.kind,
    at: Date.now(),
    request: { method: sent.method, path: sent.path, headers: shown, body: sent.body },
    sentToken: sent.sentToken,
    tampered: sent.tampered,
  }
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
      const locked = await withRefreshLock(request, { onWait })
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
  }
  return exchange
}
