import http from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { PEER_ADDRESS_HEADER, PEER_PROTO_HEADER } from '@/lib/http/client-address'
import { installConnectionHook } from '@/lib/http/connection-hook'

// A real node http server in this process, as `next start` runs one: the hook patches
// http.Server, so it sees what the route handler would see.
let server: http.Server
let port = 0
let seen: http.IncomingHttpHeaders[] = []

beforeAll(async () => {
  installConnectionHook()
  server = http.createServer((req, res) => {
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

describe('the connection hook', () => {
  it('writes the socket address and scheme over whatever the client sent under those names', async () => {
    const res = await send('GET', '/api/me', {
      [PEER_ADDRESS_HEADER]: '198.51.100.66',
      'X-JWTPG-Peer-Proto': 'https',
      'X-Forwarded-For': '198.51.100.66',
    })
    expect(res.body).toBe('reached the app')
    expect(seen[0]?.[PEER_ADDRESS_HEADER]).toBe('127.0.0.1')
    expect(seen[0]?.[PEER_PROTO_HEADER]).toBe('http')
    expect(seen[0]?.['x-forwarded-for']).toBe('198.51.100.66')
  })

  it.each([
    ['TRACE', '/api/auth/login', 405, 'OPTIONS, POST'],
    ['PURGE', '/api/me/', 405, 'GET, HEAD, OPTIONS'],
    ['PROPFIND', '/.well-known/jwks.json?x=1', 405, 'GET, HEAD, OPTIONS'],
    ['TRACE', '/en/demo', 405, 'GET, HEAD, OPTIONS'],
    ['TRACE', '/api/nothing-here', 404, undefined],
  ])('answers %s %s itself: %i problem+json', async (method, path, status, allow) => {
    const res = await send(method, path)
    expect(seen).toEqual([])
    expect(res.status).toBe(status)
    expect(res.headers['content-type']).toBe('application/problem+json')
    expect(res.headers.allow).toBe(allow)
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
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.write('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n'),
      )
      let text = ''
      socket.on('data', (chunk) => (text += chunk.toString()))
      socket.on('end', () => resolve(text))
      socket.on('error', reject)
    })
    expect(answer).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\n/)
    expect(JSON.parse(answer.split('\r\n\r\n')[1] ?? '')).toMatchObject({
      code: 'METHOD_NOT_ALLOWED',
    })
  })

  it('is installed once, however often instrumentation runs', () => {
    const emit = http.Server.prototype.emit
    installConnectionHook()
    expect(http.Server.prototype.emit).toBe(emit)
  })
})
