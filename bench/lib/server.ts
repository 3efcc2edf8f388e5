/** @module Starts and stops a real `next start` (or any HTTP server) for the benchmarks. */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export type Server = { url: string; stop: () => Promise<void> }

async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`server exited early (${child.exitCode}) for ${url}`)
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`server did not answer ${url} within ${timeoutMs} ms`)
}

function stopper(child: ChildProcess) {
  return () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done()
      child.once('exit', () => done())
      child.kill('SIGTERM')
      setTimeout(() => child.kill('SIGKILL'), 5000).unref()
    })
}

/**
 * `next start` on a built directory, with a fresh database in a temporary folder.
 * @example const site = await startNext({ port: 3400 }); await site.stop()
 */
export async function startNext(options: {
  port: number
  dir?: string
  env?: Record<string, string>
  readyPath?: string
}): Promise<Server> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jwt-playground-bench-'))
  const next = resolve('node_modules/next/dist/bin/next')
  const args = [next, 'start', ...(options.dir ? [options.dir] : []), '-p', String(options.port)]
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: `file:${join(dataDir, 'bench.db')}`,
      ...options.env,
    },
  })
  const url = `http://127.0.0.1:${options.port}`
  await waitForHttp(url + (options.readyPath ?? '/'), child)
  return { url, stop: stopper(child) }
}

/** A Node script as a server (the Express yardstick). */
export async function startScript(script: string, port: number, readyPath = '/'): Promise<Server> {
  const child = spawn(process.execPath, [script], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(port), NODE_ENV: 'production' },
  })
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(url + readyPath, child)
  return { url, stop: stopper(child) }
}
