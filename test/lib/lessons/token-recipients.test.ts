import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { checksFor, isAccessTokenType } from '@/lib/lessons/token-recipients'

/** The two sample tokens the id-tokens lesson shows, read from the lesson itself. */
function sampleTokens() {
  const mdx = readFileSync('content/lessons/id-tokens/en.mdx', 'utf8')
  const [idToken, accessToken] = [...mdx.matchAll(/<TokenDemo token="([^"]+)"/g)].map((m) => m[1]!)
  const part = (token: string, index: number) =>
    JSON.parse(Buffer.from(token.split('.')[index]!, 'base64url').toString('utf8'))
  return {
    id: { header: part(idToken!, 0), claims: part(idToken!, 1) },
    access: { header: part(accessToken!, 0), claims: part(accessToken!, 1) },
  }
}

const { id, access } = sampleTokens()
const context = { nonce: id.claims.nonce as string, now: (id.claims.iat as number) + 60 }
const failed = (checks: { id: string; ok: boolean }[]) =>
  checks.filter((c) => !c.ok).map((c) => c.id)

describe('the id-tokens lesson: who accepts which token', () => {
  it('the web app accepts its ID token, and no other login’s', () => {
    expect(failed(checksFor('client', id.header, id.claims, context))).toEqual([])
    expect(
      failed(checksFor('client', id.header, id.claims, { ...context, nonce: 'n-another-login' })),
    ).toEqual(['nonce'])
  })

  it('the API refuses the ID token first by typ, and by aud too', () => {
    expect(failed(checksFor('api', id.header, id.claims, context))).toEqual([
      'typ',
      'aud',
      'client_id',
    ])
  })

  it('the API accepts the access token, the web app does not', () => {
    expect(failed(checksFor('api', access.header, access.claims, context))).toEqual([])
    expect(failed(checksFor('client', access.header, access.claims, context))).toEqual([
      'aud',
      'nonce',
    ])
  })

  it('an ID token that lists the API in aud still stops at typ', () => {
    const claims = { ...id.claims, aud: ['web-app', 'https://api.example.com'] }
    expect(failed(checksFor('api', id.header, claims, context))).toEqual(['typ', 'client_id'])
  })

  it('an expired token fails exp', () => {
    const later = { ...context, now: (access.claims.exp as number) + 1 }
    expect(failed(checksFor('api', access.header, access.claims, later))).toEqual(['exp'])
  })

  it.each([
    ['at+jwt', true],
    ['application/at+jwt', true],
    ['AT+JWT', true],
    ['JWT', false],
    ['at+jwt ', false],
    [undefined, false],
  ])('typ %s is an access token: %s', (typ, expected) => {
    expect(isAccessTokenType(typ)).toBe(expected)
  })
})
