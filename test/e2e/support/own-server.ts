/**
 * @module A `next start` of its own for API specs that need settings the shared e2e server does
 * not have (small limits, TRUST_PROXY), and raw HTTP to it: node's http client sends any method
 * (fetch refuses TRACE and CONNECT) and any Host header.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import http from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface RawResponse {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
  json: () => Record<string, unknown>
}

export interface OwnServer {
  port: number
  /** Everything the server wrote to stdout and stderr so far. */
  log: () => string
  /** One request; `host` is where to connect (the Host header is yours to set, or host:port). */
  send: (request: {
    method?: string
    path: string
    headers?: Record<string, string>
    body?: unknown
    host?: string
  }) => Promise<RawResponse>
  stop: () => Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

function send(
  port: number,
  {
    method = 'GET',
    path,
    headers = {},
    body,
    host = '127.0.0.1',
  }: Parameters<OwnServer['send']>[0],
): Promise<RawResponse> {
  const payload = body === undefined ? undefined : JSON.stringify(body)
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host,
        port,
        method,
        path,
        agent: false,
        headers: {
          ...(payload === undefined
            ? {}
            : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) }),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: text,
            json: () => JSON.parse(text) as Record<string, unknown>,
          })
        })
      },
    )
    req.on('error', reject)
    req.end(payload)
  })
}

/**
 * Starts `next start` on a free port with its own database and `env`; resolves when it answers
 * (or at once with `{ wait: false }`, for a test whose request must be the server's first).
 */
export async function startOwnServer(
  env: Record<string, string> = {},
  { wait = true } = {},
): Promise<OwnServer> {
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'jwtpg-own-server-'))
  // On PostgreSQL (npm test's second pass), each server gets a fresh database of its own too.
  const postgres = process.env.E2E_OWN_POSTGRES_URL
  const databaseUrl = postgres
    ? await (
        await import('../../../scripts/pg-cluster.mjs')
      ).createDatabase(postgres, `own_${process.pid}_${port}`)
    : `file:${join(dir, 'own.db')}`
  let output = ''
  const child: ChildProcess = spawn('./node_modules/.bin/next', ['start', '-p', String(port)], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: databaseUrl,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  for (let tries = 0; wait; tries += 1) {
    try {
      await send(port, { path: '/api/jwks' })
      break
    } catch (error) {
      if (tries > 300 || child.exitCode !== null) {
        child.kill()
        throw new Error(`next start did not come up: ${String(error)}\n${output}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  return {
    port,
    log: () => output,
    send: (request) => send(port, request),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}
