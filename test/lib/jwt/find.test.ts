import { describe, expect, it } from 'vitest'
import { decodeToken, findTokens, MAX_INPUT_LENGTH } from '@/lib/jwt'

const T = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJl'

describe('findTokens', () => {
  // Pasted text, where the token should be found, and how it was wrapped.
  const pastes: Array<[string, string, string | undefined]> = [
    [T, 'bare', undefined],
    [`  "${T}"\n`, 'bare', undefined],
    [`'${T}'`, 'bare', undefined],
    [`Authorization: Bearer ${T}`, 'authorization-header', undefined],
    [
      `GET /api HTTP/1.1\r\nHost: x\r\nauthorization: bearer ${T}\r\n`,
      'authorization-header',
      undefined,
    ],
    [`Bearer ${T}`, 'bearer', undefined],
    [`Cookie: theme=dark; session=${T}; lang=zh`, 'cookie', 'session'],
    [`Set-Cookie: access_token=${T}; Path=/; HttpOnly; Secure`, 'set-cookie', 'access_token'],
    [`curl -H 'Authorization: Bearer ${T}' https://api.example.com/me`, 'curl-header', undefined],
    [
      `curl https://api.example.com/me \\\n  -H "Authorization: Bearer ${T}" \\\n  -H 'Accept: application/json'`,
      'curl-header',
      undefined,
    ],
    [`curl -b 'sid=${T}' https://x`, 'cookie', 'sid'],
    [`https://app.example.com/callback#id_token=${T}&state=abc`, 'url-fragment', 'id_token'],
    [
      `https://app.example.com/cb#state=1&access_token=${T}&token_type=Bearer`,
      'url-fragment',
      'access_token',
    ],
    [`https://api.example.com/download?token=${T}`, 'url-query', 'token'],
    [`{"access_token": "${T}", "token_type": "Bearer"}`, 'json', 'access_token'],
    [`my token is\n${T}\nthanks`, 'text', undefined],
  ]

  it.each(pastes)('finds the token in %j as %s', (text, source, name) => {
    const result = findTokens(text)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.best).toMatchObject({ token: T, source, segments: 3 })
    expect(result.best.name).toBe(name)
    expect(text.slice(result.best.start, result.best.end)).toBe(T)
  })

  it('warns about Authorization without the Bearer scheme', () => {
    const result = findTokens(`Authorization: ${T}`)
    expect(result.ok && result.best.source).toBe('authorization-header')
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual([
      'WARN_AUTHORIZATION_WITHOUT_BEARER',
    ])
  })

  it('lists every token and prefers a complete one', () => {
    const partial = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9'
    const result = findTokens(`first ${partial} then {"id_token":"${T}"}`)
    expect(result.ok && result.tokens.map((t) => t.segments)).toEqual([2, 3])
    expect(result.ok && result.best.token).toBe(T)
  })

  it('keeps a stray character inside the token, so decode can point at it', () => {
    const b64 = (text: string) => Buffer.from(text).toString('base64url')
    const payload = b64('{"sub":"42","name":"Ada"}')
    const header = b64('{"alg":"HS256"}')
    for (const stray of ['*', '!', '~', '^', '|', '@', '$']) {
      const token = `${header}.${payload.slice(0, 10)}${stray}${payload.slice(10)}.c2ln`
      const result = findTokens(`Bearer ${token}`)
      expect(result.ok && result.best).toMatchObject({ token, segments: 3 })
      expect(decodeToken(token)).toMatchObject({
        ok: false,
        code: 'ERR_SEGMENT_BASE64',
        segment: 'payload',
        at: header.length + 1 + 10,
        reason: 'character',
        char: stray,
      })
    }
    // Trailing, or before a space, it is still punctuation around the token.
    const T2 = `${header}.${payload}.c2ln`
    expect(findTokens(`Here: ${T2}! And more`)).toMatchObject({ best: { token: T2 } })
  })

  it('keeps standard-base64 characters so decode can explain them', () => {
    const result = findTokens('Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2ln+/==')
    expect(result.ok && result.best.token).toBe('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2ln+/==')
  })

  it('drops a sentence-ending dot and finds a JWE', () => {
    const jwe = 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..aXY.Y2lwaGVy.dGFn'
    expect(findTokens(`see ${T}.`)).toMatchObject({ ok: true, best: { token: T } })
    expect(findTokens(`jwe: ${jwe}`)).toMatchObject({ ok: true, best: { token: jwe, segments: 5 } })
  })

  it.each([
    ['', 'ERR_INPUT_EMPTY'],
    ['   \n ', 'ERR_INPUT_EMPTY'],
    ['hello world, no token here', 'ERR_NO_TOKEN_FOUND'],
    ['abc.def.ghi', 'ERR_NO_TOKEN_FOUND'],
    ['x'.repeat(MAX_INPUT_LENGTH + 1), 'ERR_INPUT_TOO_LARGE'],
  ])('%j fails with %s', (text, code) => {
    expect(findTokens(text)).toMatchObject({ ok: false, code })
  })
})
