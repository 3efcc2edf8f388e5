// `npm start`: builds when there is no build or the sources changed since the last one, then
// serves the production site (PORT, default 3000). The database and keys under .data/ are created
// on first use, so there is nothing else to set up.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const sources = [
  'app',
  'components',
  'lib',
  'content',
  'proxy.ts',
  'next.config.js',
  'package-lock.json',
]

function newestMtime(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    0,
  )
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
const next = 'node_modules/next/dist/bin/next'
const buildId = '.next/BUILD_ID'
const stale =
  !existsSync(buildId) || Math.max(...sources.map(newestMtime)) > statSync(buildId).mtimeMs

if (stale) {
  console.log('Building the site (first start, or the sources changed)…')
  const build = spawnSync(process.execPath, [next, 'build'], { stdio: 'inherit', env })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const port = process.env.PORT || '3000'
const server = spawn(process.execPath, [next, 'start', '-p', port, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
