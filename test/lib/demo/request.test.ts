// Pure helpers of lib/demo/request.
import {
  bearerLine,
  errorCodeOf,
  issuedTokenOf,
  parseBody,
  requestHeaders,
} from '@/lib/demo/request'

describe('requestHeaders', () => {
  it('adds Content-Type to a JSON request, first among the shown lines', () => {
    const shownHeaders = [bearerLine('Bearer abc', 'abc')]
    const { headers, shown } = requestHeaders({
      kind: 'login',
      method: 'POST',
      path: '/api/auth/login',
      headers: { Authorization: 'Bearer abc' },
      shownHeaders,
      body: { email: 'a@b.c' },
    })
    expect(headers).toEqual({ Authorization: 'Bearer abc', 'Content-Type': 'application/json' })
    expect(shown.map((h) => h.name)).toEqual(['Content-Type', 'Authorization'])
    expect(shownHeaders).toHaveLength(1)
  })

  it('shows the refresh cookie the browser adds, but never sends it from the page', () => {
    for (const kind of ['refresh', 'logout', 'replay'] as const) {
      const { headers, shown } = requestHeaders({ kind, method: 'POST', path: '/x' })
      expect(headers).toEqual({})
      expect(shown).toEqual([expect.objectContaining({ name: 'Cookie', hidden: 'sentByBrowser' })])
    }
    expect(requestHeaders({ kind: 'me', method: 'GET', path: '/api/me' }).shown).toEqual([])
  })
})

describe('reading a response', () => {
  it('parses JSON, keeps other text, and has nothing for an empty body', () => {
    expect(parseBody('{"code":"ERR_X"}')).toEqual({ code: 'ERR_X' })
    expect(parseBody('Not Found')).toBe('Not Found')
    expect(parseBody('')).toBeUndefined()
  })

  it('finds the error code and the issued token only where they are', () => {
    expect(errorCodeOf({ code: 'ERR_TOKEN_EXPIRED' })).toBe('ERR_TOKEN_EXPIRED')
    for (const body of [undefined, null, 'text', { title: 'x' }])
      expect(errorCodeOf(body)).toBe(undefined)
    expect(issuedTokenOf(true, { accessToken: 'eyJ' })).toBe('eyJ')
    expect(issuedTokenOf(false, { accessToken: 'eyJ' })).toBeUndefined()
    expect(issuedTokenOf(true, { code: 'x' })).toBeUndefined()
  })
})
