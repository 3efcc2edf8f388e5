// Pure helpers of lib/demo (kept beside the component tests that use them).
import { abbreviate, decodeToken, looksLikeJwt, tamperPayload } from '@/lib/demo/token'
import { fill, secondsUntil } from '@/lib/demo/format'
import { PREVIOUS_REFRESH_COOKIE, REFRESH_COOKIE } from '@/lib/contract'
import { expectedSetCookies, sentCookie } from '@/lib/demo/exchange'
import { clearedRefreshCookie, previousRefreshCookie, refreshCookie } from '@/lib/http/cookies'
import { makeToken } from './fixtures'

describe('lib/demo/token', () => {
  const token = makeToken({ sub: '8f1c-4a29', jti: 'abc', name: 'Zoë' })

  it('decodes header and payload, UTF-8 included, and refuses what is not a JWS', () => {
    expect(decodeToken(token)).toEqual({
      header: { alg: 'ES256', typ: 'at+jwt', kid: 'k1' },
      payload: { sub: '8f1c-4a29', jti: 'abc', name: 'Zoë' },
    })
    for (const bad of ['', 'a.b', 'not-base64.@@.x', `${btoa('[1]')}.${btoa('{}')}.x`]) {
      expect(decodeToken(bad)).toBeNull()
    }
  })

  it('changes exactly one character of one claim and keeps header and signature', () => {
    const changed = tamperPayload(token)!
    expect(changed).toMatchObject({ claim: 'sub', before: '8f1c-4a29', after: '8f1c-4a20' })
    const [h1, , s1] = token.split('.')
    const [h2, p2, s2] = changed.token.split('.')
    expect([h2, s2]).toEqual([h1, s1])
    expect(p2).toMatch(/^[\w-]+$/)
    expect(decodeToken(changed.token)!.payload).toEqual({
      sub: '8f1c-4a20',
      jti: 'abc',
      name: 'Zoë',
    })
    expect(tamperPayload(makeToken({ exp: 1 }))).toBeNull()
  })

  it('abbreviates long tokens and recognises JWT-shaped strings', () => {
    expect(abbreviate(token)).toMatch(/^.{12}….{8}$/)
    expect(abbreviate('short')).toBe('short')
    expect(looksLikeJwt(token)).toBe(true)
    expect(looksLikeJwt('alice@example.com')).toBe(false)
  })
})

describe('lib/demo/format', () => {
  it('fills named placeholders and leaves unknown ones', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}')
  })

  it('counts whole seconds up to exp, then the seconds since', () => {
    expect(secondsUntil(100, 90_000)).toBe(10)
    expect(secondsUntil(100, 99_001)).toBe(1)
    expect(secondsUntil(100, 100_000)).toBe(0)
    expect(Object.is(secondsUntil(100, 100_000), 0)).toBe(true)
    expect(secondsUntil(100, 103_500)).toBe(-3)
  })
})

describe('lib/demo/exchange', () => {
  // What the server writes (lib/http/cookies), with the value masked and the Max-Age the page
  // cannot know left out.
  const MASK = '••••••••'
  const masked = (line: string) => line.replace(/=[^;]*/, `=${MASK}`).replace(/; Max-Age=\d+/, '')
  const values = (lines: { value: string }[]) => lines.map((line) => line.value)

  it('describes the cookies the API sets, as the server writes them', () => {
    for (const secure of [true, false]) {
      const set = { maxAgeSeconds: 600, secure }
      expect(values(expectedSetCookies('login', 200, secure))).toEqual([
        masked(refreshCookie('token', set)),
      ])
      expect(values(expectedSetCookies('refresh', 200, secure))).toEqual([
        masked(refreshCookie('token', set)),
        masked(previousRefreshCookie('token', { secure })),
      ])
      expect(values(expectedSetCookies('refresh', 401, secure, 'REFRESH_TOKEN_REUSED'))).toEqual([
        clearedRefreshCookie({ secure }),
      ])
      expect(values(expectedSetCookies('replay', 401, secure, 'REFRESH_TOKEN_REUSED'))).toEqual([
        previousRefreshCookie('', { secure }),
      ])
      expect(values(expectedSetCookies('logout', 204, secure))).toEqual([
        clearedRefreshCookie({ secure }),
      ])
    }
    expect(expectedSetCookies('refresh', 401, false, 'REFRESH_TOKEN_MISSING')).toEqual([])
    expect(expectedSetCookies('me', 200, false)).toEqual([])
  })

  it('names the cookie the browser sends, as the server reads it', () => {
    expect(sentCookie('refresh')?.value).toBe(`${REFRESH_COOKIE.name}=${MASK}`)
    expect(sentCookie('logout')?.value).toBe(`${REFRESH_COOKIE.name}=${MASK}`)
    expect(sentCookie('replay')?.value).toBe(`${PREVIOUS_REFRESH_COOKIE.name}=${MASK}`)
    expect(sentCookie('me')).toBeNull()
  })
})
