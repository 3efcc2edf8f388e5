import http from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { PEER_HEADER, readPeer } from '@/lib/http/client-address'
import { installConnectionHook } from '@/lib/http/connection-hook'

// A real node http server in this process, as `next start` runs one: the hook patches
// http.Server, so it sees what the route handler would see.
let server: http.Server
let port = 0
let seen: http.IncomingHttpHeaders[] = []
// Like `next start`, the app holds requests until it is ready; the first test opens the gate.
let openGate: () => void = () => {}
const gate = new Promise<void>((resolve) => (openGate = resolve))
let arrived: () => void = () => {}

/** What a route handler would get: a Web Request with the headers node parsed. */
const asRequest = (headers: http.IncomingHttpHeaders | undefined) =>
  new Request('http://localhost/', {
    headers: Object.entries(headers ?? {}).map(([name, value]): [string, string] => [
      name,
      String(value),
    ]),
  })

beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    arrived()
    await gate
    seen.push(req.headers)
    res.end('reached the app')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => (seen = []))

function send(method: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method, path, headers, agent: false })
      req.on('response', (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      })
      req.on('error', reject)
      req.end()
    },
  )
}

/** Writes raw bytes to the server and reads everything until it closes the connection. */
function rawExchange(raw: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(raw))
    let text = ''
    socket.on('data', (chunk) => (text += chunk.toString()))
    socket.on('end', () => resolve(text))
    socket.on('error', reject)
  })
}

describe('the connection hook', () => {
  it('leaves a request that came before it unstamped, and its forged stamp unbelieved', async () => {
    const hasArrived = new Promise<void>((resolve) => (arrived = resolve))
    const answer = send('GET', '/api/me', { [PEER_HEADER]: 'guessed http 198.51.100.1' })
    await hasArrived
    installConnectionHook()
    openGate()
    expect((await answer).body).toBe('reached the app')
    expect(readPeer(asRequest(seen[0]))).toBeNull()
  })

  it('writes the socket address and scheme over whatever the client sent under those names', async () => {
    const res = await send('GET', '/api/me', {
      [PEER_HEADER]: 'guessed https 198.51.100.66',
      'X-Forwarded-For': '198.51.100.66',
    })
    expect(res.body).toBe('reached the app')
    expect(readPeer(asRequest(seen[0]))).toEqual({ address: '127.0.0.1', proto: 'http' })
    expect(seen[0]?.['x-forwarded-for']).toBe('198.51.100.66')
  })

  it.each([
    ['TRACE', '/api/auth/login', 405, 'OPTIONS, POST'],
    ['PURGE', '/api/me/', 405, 'GET, HEAD, OPTIONS'],
    ['PROPFIND', '/.well-known/jwks.json?x=1', 405, 'GET, HEAD, OPTIONS'],
    ['TRACE', '/en/demo', 405, 'GET, HEAD, OPTIONS'],
    ['TRACE', '/api/nothing-here', 404, undefined],
    ['TRACE', 'http://[::1', 405, 'GET, HEAD, OPTIONS'],
  ])('answers %s %s itself: %i problem+json', async (method, path, status, allow) => {
    const res = await send(method, path)
    expect(seen).toEqual([])
    expect(res.status).toBe(status)
    expect(res.headers['content-type']).toBe('application/problem+json')
    expect(res.headers.allow).toBe(allow)
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(JSON.parse(res.body)).toMatchObject({
      status,
      code: status === 405 ? 'METHOD_NOT_ALLOWED' : 'NOT_FOUND',
    })
  })

  it('lets every method a route handler can take through to the app', async () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH']) {
      expect((await send(method, '/api/me')).status, method).toBe(200)
    }
    expect(seen).toHaveLength(7)
  })

  it('answers CONNECT with a 405 problem+json instead of dropping the connection', async () => {
    const answer = await rawExchange(
      'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n',
    )
    expect(answer).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\n/)
    expect(JSON.parse(answer.split('\r\n\r\n')[1] ?? '')).toMatchObject({
      code: 'METHOD_NOT_ALLOWED',
    })
  })

  it.each([
    ['an unknown method', 'FOO /api/me HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'MALFORMED_REQUEST'],
    ['TRACK', 'TRACK /api/me HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'MALFORMED_REQUEST'],
    ['a broken header', 'GET /api/me HTTP/1.1\r\nHo st: x\r\n\r\n', 400, 'MALFORMED_REQUEST'],
    [
      'headers over 16 KB',
      `GET /api/me HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(17 * 1024)}\r\n\r\n`,
      431,
      'HEADERS_TOO_LARGE',
    ],
  ])(
    'answers %s, which node’s parser refuses, with problem+json',
    async (_name, raw, status, code) => {
      const answer = await rawExchange(raw)
      expect(answer).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `))
      expect(answer).toMatch(/\r\nContent-Type: application\/problem\+json\r\n/)
      expect(JSON.parse(answer.split('\r\n\r\n')[1] ?? '')).toMatchObject({ status, code })
      expect(seen).toEqual([])
    },
  )

  it('is installed once, however often instrumentation runs', () => {
    const emit = http.Server.prototype.emit
    installConnectionHook()
    expect(http.Server.prototype.emit).toBe(emit)
  })
})
