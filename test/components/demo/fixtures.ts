/** Shared test data for the demo components: real catalog strings and tokens with known claims. */
import en from '@/content/messages/en.json'
import type { Exchange } from '@/lib/demo/exchange'
import type { TokenContext } from '@/components/demo/token-view'

export const strings = en.Demo.client
export const errors = en.Api.errors as Record<string, string>

function b64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

/** A token shaped like the API's (the signature is not checked by anything here). */
export function makeToken(payload: Record<string, unknown>, alg = 'ES256'): string {
  return `${b64url({ alg, typ: 'at+jwt', kid: 'k1' })}.${b64url(payload)}.c2lnbmF0dXJlLWJ5dGVzLWhlcmU`
}

export const tokenContext: TokenContext = {
  strings,
  locale: 'en',
  playgroundHref: '/en/playground',
  jwksHref: '/.well-known/jwks.json',
  leeway: 5,
}

export function exchange(partial: Partial<Exchange> & Pick<Exchange, 'kind'>): Exchange {
  return {
    id: 1,
    at: Date.UTC(2026, 0, 1, 12, 0, 0),
    request: { method: 'GET', path: '/api/me', headers: [] },
    ...partial,
  }
}
