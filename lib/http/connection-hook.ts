/**
 * @module The connection hook, installed once per process by instrumentation.ts (Node runtime).
 * It sits on node's `http.Server` before Next and, for every request:
 * - writes the socket's address and scheme into PEER_ADDRESS_HEADER / PEER_PROTO_HEADER,
 *   overwriting whatever the client sent under those names (see ./client-address);
 * - answers the methods Next cannot route (TRACE, TRACK, PROPFIND, … make Next throw or send an
 *   empty 400) with a 405 problem+json and the path's `Allow`, or 404 for an unknown API path;
 * - answers CONNECT the same way (node drops the connection when no 'connect' listener exists).
 */
import http from 'node:http'
import type { Duplex } from 'node:stream'
import type { TLSSocket } from 'node:tls'
import { API_ROUTES, ROUTE_HANDLER_METHODS, allowHeader, isApiPath } from './api-routes'
import {
  PEER_ADDRESS_HEADER,
  PEER_PROTO_HEADER,
  connectionHookInstalled,
  markConnectionHookInstalled,
} from './client-address'
import { API_ERRORS, type ApiErrorCode } from './errors'
import { problemType } from './problem'

const routable = new Set<string>(ROUTE_HANDLER_METHODS)

function stamp(req: http.IncomingMessage): void {
  const names = new Set([PEER_ADDRESS_HEADER, PEER_PROTO_HEADER])
  // Next builds the route handler's Headers from req.headers; drop the raw copies too.
  for (let i = req.rawHeaders.length - 2; i >= 0; i -= 2) {
    if (names.has(req.rawHeaders[i]!.toLowerCase())) req.rawHeaders.splice(i, 2)
  }
  req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? ''
  req.headers[PEER_PROTO_HEADER] = (req.socket as TLSSocket).encrypted ? 'https' : 'http'
}

/** Status, headers and body of the answer to a method Next cannot route, for this path. */
export function unroutableAnswer(method: string, url: string) {
  const pathname = new URL(url, 'http://unused').pathname.replace(/(.)\/+$/, '$1')
  const methods = isApiPath(pathname) ? API_ROUTES[pathname] : ['GET']
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
    'X-Content-Type-Options': 'nosniff',
  }
  if (methods) headers.Allow = allowHeader(methods)
  return { status, headers, body }
}

function answerConnect(socket: Duplex): void {
  const { status, headers, body } = unroutableAnswer('CONNECT', '/')
  const head = Object.entries({ ...headers, Connection: 'close' })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')
  socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n${head}\r\n${body}`)
}

/** Installs the hook on every node http.Server of this process; idempotent. */
export function installConnectionHook(): void {
  if (connectionHookInstalled()) return
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
    } else if (event === 'connection' && this.listenerCount('connect') === 0) {
      // Node only hands CONNECT to a 'connect' listener and drops the socket without one.
      this.on('connect', (_req: http.IncomingMessage, socket: Duplex) => answerConnect(socket))
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>)
  } as typeof emit
  markConnectionHookInstalled()
}
