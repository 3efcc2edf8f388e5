/**
 * The demo API against hostile clients, through real HTTP to `next start` (route-handler unit
 * tests cannot see Next's own method handling, the Host a request was sent to, or the socket).
 * Each project starts its own servers with small limits, so nothing leaks into other specs.
 */
import { connect } from 'node:net'
import { expect, test } from './support/test'
import { startOwnServer, type OwnServer } from './support/own-server'

let direct: OwnServer
let proxied: OwnServer
let connectHost = '127.0.0.1'

test.beforeAll(async ({}, info) => {
  // Two `next start` processes on a shared 2-core machine: give them time to come up.
  test.setTimeout(90_000)
  connectHost = new URL(String(info.project.use.baseURL)).hostname
  ;[direct, proxied] = await Promise.all([
    startOwnServer({ LOGIN_LIMIT_PER_IP: '3', REGISTER_LIMIT_PER_IP: '3' }),
    startOwnServer({ LOGIN_LIMIT_PER_IP: '3', TRUST_PROXY: '1' }),
  ])
})

test.afterAll(async () => {
  await Promise.all([direct?.stop(), proxied?.stop()])
})

const wrongLogin = (email: string, headers: Record<string, string> = {}) => ({
  method: 'POST',
  path: '/api/auth/login',
  headers,
  body: { email, password: 'not-the-password' },
})

test.describe('client address for rate limits', () => {
  test('fresh X-Forwarded-For, X-Real-IP or peer headers do not buy fresh per-address buckets', async () => {
    const statuses: number[] = []
    for (let i = 1; i <= 5; i += 1) {
      const res = await direct.send({
        host: connectHost,
        ...wrongLogin(`nobody${i}@example.com`, {
          'X-Forwarded-For': `198.51.100.${i}`,
          'X-Real-IP': `198.51.100.${i}`,
          'X-JWTPG-Peer': `guessed http 203.0.113.${i}`,
        }),
      })
      statuses.push(res.status)
      if (res.status === 429) expect(res.json()).toMatchObject({ code: 'RATE_LIMITED' })
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429])
  })

  test('the very first request after start already knows its client address', async () => {
    // next start takes connections before instrumentation has run; those requests count too.
    test.setTimeout(90_000)
    const fresh = await startOwnServer({}, { wait: false })
    try {
      let first
      for (let tries = 0; !first; tries += 1) {
        first = await fresh
          .send({ host: connectHost, ...wrongLogin('first@example.com') })
          .catch((error: NodeJS.ErrnoException) => {
            if (error.code !== 'ECONNREFUSED' || tries > 600) throw error
            return new Promise<undefined>((resolve) => setTimeout(resolve, 50))
          })
      }
      // Not a 500: it was answered, in the one bucket of requests from before the hook.
      expect(first.status).toBe(401)
      expect(fresh.log()).not.toMatch(/Error|⨯/)
    } finally {
      await fresh.stop()
    }
  })

  test('with TRUST_PROXY=1 the proxy’s X-Forwarded-For entry is the client, IPv6 keyed on its /64', async () => {
    const from = (xff: string, i: number) =>
      proxied.send({
        host: connectHost,
        ...wrongLogin(`someone${i}@example.com`, { 'X-Forwarded-For': xff }),
      })
    // Three clients behind the proxy: separate buckets (the limit is 3 each).
    for (const [i, xff] of ['192.0.2.10', '192.0.2.11', 'spoofed, 192.0.2.12'].entries()) {
      expect((await from(xff, i)).status).toBe(401)
    }
    // Four spellings and neighbours of one /64 are one bucket: the fourth is refused.
    const spellings = [
      '2001:db8:1:2::1',
      '2001:DB8:1:2:0:0:0:1',
      '[2001:db8:1:2::99]:4711',
      '2001:db8:1:2:ffff:ffff:ffff:fffe',
    ]
    const statuses = []
    for (const [i, xff] of spellings.entries()) statuses.push((await from(xff, 10 + i)).status)
    expect(statuses).toEqual([401, 401, 401, 429])
    // IPv4-mapped IPv6 is the IPv4 address.
    for (let i = 0; i < 3; i += 1) await from('192.0.2.77', 20 + i)
    expect((await from('::ffff:192.0.2.77', 30)).status).toBe(429)
  })
})

test.describe('per-account limit', () => {
  test('20 parallel wrong passwords to one account: at most 5 checked, the rest delayed', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        proxied.send({
          host: connectHost,
          ...wrongLogin('alice@example.com', { 'X-Forwarded-For': `198.18.0.${i + 1}` }),
        }),
      ),
    )
    const counts = { 401: 0, 429: 0 } as Record<number, number>
    for (const res of answers) counts[res.status] = (counts[res.status] ?? 0) + 1
    expect(counts[401]).toBeGreaterThanOrEqual(1)
    expect(counts[401]).toBeLessThanOrEqual(5)
    expect(counts[401]! + counts[429]!).toBe(20)
    const delayed = answers.find((res) => res.status === 429)!
    expect(delayed.json()).toMatchObject({ code: 'LOGIN_DELAYED' })
    expect(String(delayed.json().detail)).toContain('not locked')
    expect(Number(delayed.headers['retry-after'])).toBeGreaterThanOrEqual(1)
  })
})

test.describe('Origin checks under any host', () => {
  const logout = (host: string, headers: Record<string, string>) =>
    direct.send({
      host: connectHost,
      method: 'POST',
      path: '/api/auth/logout',
      headers: { Host: host, ...headers },
    })

  test('the site’s own origin passes under localhost, 127.0.0.1, [::1] and a domain', async () => {
    for (const host of [
      `localhost:${direct.port}`,
      `127.0.0.1:${direct.port}`,
      `[::1]:${direct.port}`,
      'jwt.example.com',
    ]) {
      const res = await logout(host, { Origin: `http://${host}`, 'Sec-Fetch-Site': 'same-origin' })
      expect(res.status, host).toBe(204)
    }
  })

  test('foreign origins, null and cross-site fetches are refused', async () => {
    const host = `127.0.0.1:${direct.port}`
    const refused: Record<string, string>[] = [
      { Origin: 'http://evil.example' },
      { Origin: `http://localhost:${direct.port}` },
      { Origin: `https://${host}` },
      { Origin: 'null' },
      { 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'same-site' },
    ]
    for (const headers of refused) {
      const res = await logout(host, headers)
      expect({ status: res.status, ...headers }).toEqual({ status: 403, ...headers })
      expect(res.json()).toMatchObject({ code: 'ORIGIN_MISMATCH' })
    }
  })

  test('the issuer is the host the token was issued on, and /api/me expects just that', async () => {
    const host = `127.0.0.1:${direct.port}`
    // The per-address limit of `direct` is spent above: log in through the proxied server.
    const login = await proxied.send({
      host: connectHost,
      method: 'POST',
      path: '/api/auth/login',
      headers: { Host: host, 'X-Forwarded-For': '198.18.1.1' },
      body: { email: 'bob@example.com', password: 'bob-demo-pass' },
    })
    expect(login.status).toBe(200)
    const token = String(login.json().accessToken)
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString())
    expect(payload.iss).toBe(`http://${host}`)
    const me = (hostHeader: string) =>
      proxied.send({
        host: connectHost,
        path: '/api/me',
        headers: { Host: hostHeader, Authorization: `Bearer ${token}` },
      })
    expect((await me(host)).status).toBe(200)
    const elsewhere = await me(`localhost:${proxied.port}`)
    expect(elsewhere.status).toBe(401)
    expect(elsewhere.json()).toMatchObject({ code: 'TOKEN_WRONG_ISSUER' })
  })
})

test.describe('methods and unknown routes', () => {
  const cases: [string, string, number, string, string | undefined][] = [
    ['TRACE', '/api/auth/login', 405, 'METHOD_NOT_ALLOWED', 'OPTIONS, POST'],
    ['TRACE', '/api/me', 405, 'METHOD_NOT_ALLOWED', 'GET, HEAD, OPTIONS'],
    ['TRACE', '/en', 405, 'METHOD_NOT_ALLOWED', 'GET, HEAD, OPTIONS'],
    ['SEARCH', '/.well-known/jwks.json', 405, 'METHOD_NOT_ALLOWED', 'GET, HEAD, OPTIONS'],
    ['PROPFIND', '/api/jwks', 405, 'METHOD_NOT_ALLOWED', 'GET, HEAD, OPTIONS'],
    ['GET', '/api/auth/login', 405, 'METHOD_NOT_ALLOWED', 'OPTIONS, POST'],
    ['DELETE', '/api/me', 405, 'METHOD_NOT_ALLOWED', 'GET, HEAD, OPTIONS'],
    ['PUT', '/api/auth/refresh', 405, 'METHOD_NOT_ALLOWED', 'OPTIONS, POST'],
    ['PATCH', '/api/demo/replay-refresh', 405, 'METHOD_NOT_ALLOWED', 'OPTIONS, POST'],
    ['POST', '/.well-known/jwks.json', 405, 'METHOD_NOT_ALLOWED', 'GET, HEAD, OPTIONS'],
    ['GET', '/api/nope', 404, 'NOT_FOUND', undefined],
    ['POST', '/api/auth', 404, 'NOT_FOUND', undefined],
    ['DELETE', '/api/auth/login/extra', 404, 'NOT_FOUND', undefined],
    ['TRACE', '/api/nope', 404, 'NOT_FOUND', undefined],
    // A request target that is no URL must not crash the server (it would throw in the hook).
    ['TRACE', 'http://[::1', 405, 'METHOD_NOT_ALLOWED', 'GET, HEAD, OPTIONS'],
    ['GET', '/.well-known/openid-configuration', 404, 'NOT_FOUND', undefined],
  ]
  for (const [method, path, status, code, allow] of cases) {
    test(`${method} ${path} → ${status} ${code}`, async () => {
      const logged = direct.log().length
      const res = await direct.send({ host: connectHost, method, path })
      expect(res.status).toBe(status)
      // Not a 500 with a stack trace in the log either.
      expect(direct.log().slice(logged)).not.toMatch(/Error|⨯/)
      expect(res.headers['content-type']).toBe('application/problem+json')
      expect(res.json()).toMatchObject({ status, code, type: `urn:jwt-playground:error:${code}` })
      expect(res.headers.allow).toBe(allow)
    })
  }

  /** Raw bytes to `direct`, read until it closes: node's http client cannot send these. */
  const rawExchange = (raw: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(direct.port, connectHost, () => socket.write(raw))
      let text = ''
      socket.on('data', (chunk) => (text += chunk.toString()))
      socket.on('end', () => resolve(text))
      socket.on('error', reject)
    })

  const rawCases: [string, string, number, string][] = [
    [
      'CONNECT',
      'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n',
      405,
      'METHOD_NOT_ALLOWED',
    ],
    ['an unknown method', 'FOO /api/me HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'MALFORMED_REQUEST'],
    [
      'headers over 16 KB',
      `GET /api/me HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(17 * 1024)}\r\n\r\n`,
      431,
      'HEADERS_TOO_LARGE',
    ],
  ]
  for (const [name, raw, status, code] of rawCases) {
    test(`${name} gets a ${status} problem+json, not a dropped connection or a bare status line`, async () => {
      const [head = '', body = ''] = (await rawExchange(raw)).split('\r\n\r\n')
      expect(head).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `))
      expect(head).toMatch(/\r\nContent-Type: application\/problem\+json\r\n/i)
      expect(JSON.parse(body)).toMatchObject({ status, code })
    })
  }

  test('OPTIONS answers 204 with Allow', async () => {
    const res = await direct.send({ host: connectHost, method: 'OPTIONS', path: '/api/me' })
    expect(res.status).toBe(204)
    expect(res.headers.allow).toBe('GET, HEAD, OPTIONS')
  })
})
