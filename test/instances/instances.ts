/**
 * Two (or more) real `next start` processes of the production build on one PostgreSQL database:
 * what a deployment behind a load balancer runs. Real HTTP, no mocks.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'

/** Both instances sit behind this one origin, as behind a load balancer: `iss` and the Origin check. */
export const SITE_ORIGIN = 'http://jwt-playground.test'

export interface Instance {
  name: string
  url: string
  /** stderr so far, shown when a test fails. */
  log: () => string
  stop: () => Promise<void>
}

async function waitUntilReady(instance: Instance, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`${instance.name} exited (${child.exitCode}):\n${instance.log()}`)
    }
    try {
      // The JWKS opens the store, migrates it and creates the signing keys: really ready.
      const response = await fetch(`${instance.url}/api/jwks`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200))
  }
  throw new Error(`${instance.name} not ready within ${timeoutMs} ms:\n${instance.log()}`)
}

/**
 * Starts `next start -p port` with the given environment; resolves once its API answers.
 *
 * @example const a = await startInstance('A', 3110, { DATABASE_URL: url })
 */
export async function startInstance(
  name: string,
  port: number,
  env: Record<string, string>,
): Promise<Instance> {
  const next = resolve('node_modules/next/dist/bin/next')
  const child = spawn(process.execPath, [next, 'start', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const instance: Instance = {
    name,
    url: `http://127.0.0.1:${port}`,
    log: () => stderr,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done()
        child.once('exit', () => done())
        child.kill('SIGTERM')
        setTimeout(() => child.kill('SIGKILL'), 5000).unref()
      }),
  }
  try {
    await waitUntilReady(instance, child, 90_000)
  } catch (error) {
    await instance.stop()
    throw error
  }
  return instance
}

/** The `name=value` of the refresh cookie a response sets, for the next request's Cookie header. */
export function refreshCookieOf(response: Response): string {
  const cookie = response.headers
    .getSetCookie()
    .find((line) => line.startsWith('jwtpg_refresh='))
    ?.split(';')[0]
  if (!cookie || cookie === 'jwtpg_refresh=') throw new Error('no refresh cookie in the response')
  return cookie
}

let addresses = 0
/** A new client address (TEST-NET-3), so per-address limits of one test leave the others alone. */
export function freshClient(): string {
  addresses += 1
  return `203.0.113.${addresses}`
}

/**
 * Logs in as a client at `client`: the instances run with TRUST_PROXY=1, as behind the load
 * balancer, which writes the client's address into X-Forwarded-For.
 */
export async function login(
  instance: Instance,
  email: string,
  password: string,
  client = freshClient(),
) {
  return fetch(`${instance.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
    body: JSON.stringify({ email, password }),
  })
}

export function refresh(instance: Instance, cookie: string) {
  return fetch(`${instance.url}/api/auth/refresh`, {
    method: 'POST',
    headers: { cookie, origin: SITE_ORIGIN },
  })
}

export function me(instance: Instance, accessToken: string) {
  return fetch(`${instance.url}/api/me`, { headers: { authorization: `Bearer ${accessToken}` } })
}

export async function problemCode(response: Response): Promise<string> {
  return ((await response.json()) as { code: string }).code
}
