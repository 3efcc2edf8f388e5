// Pure helpers of lib/demo (kept beside the component tests that use them).
import { secondsUntil } from '@/lib/demo/format'
import { PREVIOUS_REFRESH_COOKIE, REFRESH_COOKIE } from '@/lib/contract'
import { expectedSetCookies, sentCookie } from '@/lib/demo/exchange-headers'
import { clearedRefreshCookie, previousRefreshCookie, refreshCookie } from '@/lib/http/cookies'

describe('lib/demo/format', () => {
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
