import { ApiError, assertSameOrigin, isHttps, requestOrigin, siteOrigin } from '@/lib/http'
import { PEER_PROTO_HEADER, markConnectionHookInstalled } from '@/lib/http/client-address'

function req(headers: Record<string, string>, url = 'http://localhost:3000/api/auth/refresh') {
  return new Request(url, { method: 'POST', headers })
}

function refused(request: Request): string | null {
  try {
    assertSameOrigin(request)
    return null
  } catch (error) {
    return error instanceof ApiError ? error.code : 'thrown'
  }
}

beforeEach(() => markConnectionHookInstalled(true))
afterEach(() => {
  markConnectionHookInstalled(false)
  delete process.env.APP_ORIGIN
  delete process.env.TRUST_PROXY
})

describe('requestOrigin', () => {
  it('is the Host the request was sent to, not the URL Next built', () => {
    expect(requestOrigin(req({ host: '127.0.0.1:3000' }))).toBe('http://127.0.0.1:3000')
    expect(requestOrigin(req({ host: '[::1]:3000' }))).toBe('http://[::1]:3000')
    expect(requestOrigin(req({ host: 'JWT.Example.com' }))).toBe('http://jwt.example.com')
    expect(requestOrigin(req({ host: 'jwt.example.com:80' }))).toBe('http://jwt.example.com')
  })

  it('is https on a TLS socket, or when a trusted proxy says so; not on the client’s word', () => {
    expect(requestOrigin(req({ host: 'a.example', 'x-forwarded-proto': 'https' }))).toBe(
      'http://a.example',
    )
    expect(requestOrigin(req({ host: 'a.example', [PEER_PROTO_HEADER]: 'https' }))).toBe(
      'https://a.example',
    )
    process.env.TRUST_PROXY = '1'
    expect(requestOrigin(req({ host: 'a.example', 'x-forwarded-proto': 'https' }))).toBe(
      'https://a.example',
    )
    expect(
      requestOrigin(req({ host: 'internal:8080', 'x-forwarded-host': 'jwt.example.com' })),
    ).toBe('http://jwt.example.com')
  })

  it('is APP_ORIGIN when set, whatever the request says', () => {
    process.env.APP_ORIGIN = 'https://jwt.example.com/some/path'
    expect(requestOrigin(req({ host: '127.0.0.1:3000' }))).toBe('https://jwt.example.com')
    expect(isHttps(req({ host: '127.0.0.1:3000' }))).toBe(true)
  })

  it.each(['', 'a b', 'evil.example/path', 'user@host', 'host:99999999', '[::1'])(
    'is null for the Host %j',
    (host) => {
      const headers: Record<string, string> = host === '' ? {} : { host }
      expect(requestOrigin(req(headers))).toBeNull()
      // The issuer then falls back to the URL's origin (only in tests: real requests have a Host).
      expect(siteOrigin(req(headers))).toBe('http://localhost:3000')
    },
  )
})

describe('assertSameOrigin', () => {
  it.each([
    ['localhost', 'localhost:3000'],
    ['127.0.0.1', '127.0.0.1:3000'],
    ['[::1]', '[::1]:3000'],
    ['a domain', 'jwt.example.com'],
  ])('accepts the site’s own page under %s', (_name, host) => {
    expect(refused(req({ host, origin: `http://${host}`, 'sec-fetch-site': 'same-origin' }))).toBe(
      null,
    )
  })

  it('accepts a client that is no browser (no Origin, no fetch metadata)', () => {
    expect(refused(req({ host: '127.0.0.1:3000' }))).toBe(null)
    expect(refused(req({ host: '127.0.0.1:3000', 'sec-fetch-site': 'none' }))).toBe(null)
  })

  it.each([
    ['a foreign origin', { origin: 'http://evil.example' }],
    ['another port', { origin: 'http://127.0.0.1:3001' }],
    ['another name of the same machine', { origin: 'http://localhost:3000' }],
    ['https against http', { origin: 'https://127.0.0.1:3000' }],
    ['the literal null', { origin: 'null' }],
    ['a garbled origin', { origin: '::::' }],
    ['cross-site fetch metadata without Origin', { 'sec-fetch-site': 'cross-site' }],
    ['same-site fetch metadata without Origin', { 'sec-fetch-site': 'same-site' }],
  ])('403 ORIGIN_MISMATCH for %s', (_name, headers) => {
    expect(refused(req({ host: '127.0.0.1:3000', ...headers }))).toBe('ORIGIN_MISMATCH')
  })

  it('403 when the Host is unusable, whatever the Origin', () => {
    expect(refused(req({ origin: 'http://localhost:3000' }))).toBe('ORIGIN_MISMATCH')
  })

  it('compares with APP_ORIGIN when set', () => {
    process.env.APP_ORIGIN = 'https://jwt.example.com'
    expect(refused(req({ host: '10.0.0.5:3000', origin: 'https://jwt.example.com' }))).toBe(null)
    expect(refused(req({ host: '10.0.0.5:3000', origin: 'http://10.0.0.5:3000' }))).toBe(
      'ORIGIN_MISMATCH',
    )
  })
})
