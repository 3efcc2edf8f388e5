/**
 * @module The connection hook, installed once per process by instrumentation.ts (Node runtime).
 * It sits on node's `http.Server` before Next and, for every request:
 * - writes the socket's address and scheme into PEER_HEADER, signed with this process's nonce,
 *   overwriting whatever the client sent under that name (see ./client-address);
 * - answers the methods Next cannot route (TRACE makes Next throw, PROPFIND & co. get an empty
 *   400) with a 405 problem+json and the path's `Allow`, or 404 for an unknown API path;
 * - answers CONNECT the same way (node drops the connection when no 'connect' listener exists);
 * - answers what node's HTTP parser refuses (an unknown method such as FOO or TRACK, a broken
 *   header, headers over 16 KB) with problem+json too, where node would send a bare status line.
 */
import http from 'node:http'
import type { Duplex } from 'node:stream'
import type { TLSSocket } from 'node:tls'
import { ROUTE_HANDLER_METHODS, allowHeader, apiRouteMethods, isApiPath } from './api-routes'
import { PEER_HEADER, markConnectionHookInstalled, peerHeaderValue } from './client-address'
import { API_ERRORS, type ApiErrorCode } from './errors'
import { problemType } from './problem'
import { API_SECURITY_HEADERS } from './security-headers'

const routable = new Set<string>(ROUTE_HANDLER_METHODS)

function stamp(req: http.IncomingMessage): void {
  // Next builds the route handler's Headers from req.headers; drop the raw copies too.
  for (let i = req.rawHeaders.length - 2; i >= 0; i -= 2) {
    if (req.rawHeaders[i]!.toLowerCase() === PEER_HEADER) req.rawHeaders.splice(i, 2)
  }
  const proto = (req.socket as TLSSocket).encrypted ? 'https' : 'http'
  req.headers[PEER_HEADER] = peerHeaderValue(req.socket.remoteAddress ?? '', proto)
}

/** The path of a request target, without trailing slashes; '/' for one that is not a URL. */
function pathOf(target: string): string {
  try {
    return new URL(target, 'http://unused').pathname.replace(/(.)\/+$/, '$1')
  } catch {
    return '/'
  }
}

/** Status, headers and body of the answer to a method Next cannot route, for this path. */
export function unroutableAnswer(method: string, url: string) {
  const pathname = pathOf(url)
  const methods = isApiPath(pathname) ? apiRouteMethods(pathname) : ['GET']
  const code: ApiErrorCode = methods ? 'METHOD_NOT_ALLOWED' : 'NOT_FOUND'
  const { status, title } = API_ERRORS[code]
  const detail = methods
    ? `${pathname} does not answer ${method}; it answers ${allowHeader(methods)}.`
    : `There is no API endpoint at ${pathname}.`
  const body = JSON.stringify({ type: problemType(code), title, status, detail, code })
  const headers: Record<string, string> = {
    'Content-Type': 'application/problem+json',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    ...API_SECURITY_HEADERS,
  }
  if (methods) headers.Allow = allowHeader(methods)
  return { status, headers, body }
}

interface RawAnswer {
  status: number
  headers: Record<string, string>
  body: string
}

/** A whole HTTP/1.1 answer for a socket node will not make a ServerResponse for. */
function rawAnswer({ status, headers, body }: RawAnswer): string {
  const head = Object.entries({ ...headers, Connection: 'close' })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')
  return `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n${head}\r\n${body}`
}

function answerConnect(socket: Duplex): void {
  socket.end(rawAnswer(unroutableAnswer('CONNECT', '/')))
}

const PARSER_ERRORS: Record<string, ApiErrorCode> = {
  HPE_HEADER_OVERFLOW: 'HEADERS_TOO_LARGE',
  ERR_HTTP_REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
}

/** What node does without a 'clientError' listener, with a problem+json body. */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  const net = socket as Duplex & { bytesWritten?: number }
  if (error.code === 'ECONNRESET' || !socket.writable || (net.bytesWritten ?? 0) > 0) {
    socket.destroy()
    return
  }
  const code = PARSER_ERRORS[error.code ?? ''] ?? 'MALFORMED_REQUEST'
  const { status, title } = API_ERRORS[code]
  const body = JSON.stringify({ type: problemType(code), title, status, detail: title, code })
  const headers = {
    'Content-Type': 'application/problem+json',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
  }
  socket.end(rawAnswer({ status, headers, body }))
}

const PATCHED = Symbol.for('jwt-playground.connection-hook.patched')

/** Installs the hook on every node http.Server of this process; idempotent. */
export function installConnectionHook(): void {
  const prototype = http.Server.prototype as http.Server & { [PATCHED]?: true }
  if (prototype[PATCHED]) return
  prototype[PATCHED] = true
  markConnectionHookInstalled()
  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function hookedEmit(
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ): boolean {
    if (event === 'request') {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse]
      stamp(req)
      if (!routable.has(req.method ?? '')) {
        const { status, headers, body } = unroutableAnswer(req.method ?? '', req.url ?? '/')
        res.writeHead(status, headers).end(body)
        return true
      }
    } else if (event === 'connection') {
      // Node only hands CONNECT to a 'connect' listener and drops the socket without one.
      if (this.listenerCount('connect') === 0) {
        this.on('connect', (_req: http.IncomingMessage, socket: Duplex) => answerConnect(socket))
      }
      if (this.listenerCount('clientError') === 0) this.on('clientError', answerClientError)
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>)
  } as typeof emit
}
