// Pure helpers of lib/demo (kept beside the component tests that use them).
import { fill, secondsUntil } from '@/lib/demo/format'
import { expectedSetCookies, sentCookie } from '@/lib/demo/exchange'

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
  it('describes the cookies the API sets, as lib/auth writes them', () => {
    expect(expectedSetCookies('refresh', 200, true).map((l) => l.value)).toEqual([
      'jwtpg_refresh=••••••••; Path=/api/auth; HttpOnly; SameSite=Strict; Secure',
      'jwtpg_refresh_prev=••••••••; Path=/api/demo; HttpOnly; SameSite=Strict; Secure',
    ])
    expect(expectedSetCookies('replay', 401, false, 'REFRESH_TOKEN_REUSED')[0]?.value).toBe(
      'jwtpg_refresh_prev=; Path=/api/demo; Max-Age=0; HttpOnly; SameSite=Strict',
    )
    expect(expectedSetCookies('refresh', 401, false, 'REFRESH_TOKEN_MISSING')).toEqual([])
    expect(expectedSetCookies('me', 200, false)).toEqual([])
    expect(sentCookie('replay')?.value).toBe('jwtpg_refresh_prev=••••••••')
    expect(sentCookie('me')).toBeNull()
  })
})
