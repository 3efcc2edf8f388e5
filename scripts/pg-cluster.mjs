// A throwaway PostgreSQL cluster for tests and benchmarks: initdb in a temporary folder, started
// with pg_ctl on a loopback port, no service manager, trust auth, durability off (it is deleted
// afterwards). Run as root, the server runs as the `postgres` user (PostgreSQL refuses root).
//
//   node scripts/pg-cluster.mjs start [--port 5433]   prints DATABASE_URL=… and the folder
//   node scripts/pg-cluster.mjs stop <folder>          stops it and deletes the folder
//
// scripts/test.mjs, the vitest global setup and the benchmark import startCluster() instead.
import { spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createConnection } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** Ports 5433-5439: 5432 is left to a PostgreSQL the developer may run. */
export const CLUSTER_PORTS = [5433, 5434, 5435, 5436, 5437, 5438, 5439]

const hasBinaries = (dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))

/**
 * The folder with initdb and pg_ctl, or null: PG_BIN when set (and only it, so `PG_BIN=/nowhere`
 * shows what happens without PostgreSQL), else the newest Debian major, else PATH.
 */
export function findPostgresBin() {
  if (process.env.PG_BIN) return hasBinaries(process.env.PG_BIN) ? process.env.PG_BIN : null
  const candidates = []
  const debian = '/usr/lib/postgresql'
  if (existsSync(debian)) {
    const majors = readdirSync(debian)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a))
    candidates.push(...majors.map((major) => join(debian, major, 'bin')))
  }
  const which = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' })
  if (which.status === 0 && which.stdout.trim()) candidates.push(join(which.stdout.trim(), '..'))
  return candidates.find(hasBinaries) ?? null
}

/** The lines to print when PostgreSQL is missing. */
export const MISSING_POSTGRES = [
  'PostgreSQL is not installed (looked at PG_BIN, /usr/lib/postgresql/*/bin and PATH).',
  'Install it with: sudo apt-get install -y postgresql',
]

function portInUse(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port })
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0

/** Runs a PostgreSQL binary, as `postgres` when we are root. Throws with its output on failure. */
function runPg(bin, program, args) {
  const [command, fullArgs] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', join(bin, program), ...args]]
    : [join(bin, program), args]
  const result = spawnSync(command, fullArgs, { encoding: 'utf8' })
  if (result.status !== 0) {
    throw new Error(
      `${program} failed (${result.status}):\n${result.stdout ?? ''}${result.stderr ?? ''}`,
    )
  }
}

/**
 * Creates and starts a cluster. Resolves to its URL (database `postgres`, user `postgres`, no
 * password) and a stop function that also deletes the folder.
 *
 * @example const pg = await startCluster(); try { … pg.url … } finally { pg.stop() }
 */
export async function startCluster({ ports = CLUSTER_PORTS } = {}) {
  const bin = findPostgresBin()
  if (!bin) throw new Error(MISSING_POSTGRES.join('\n'))
  // Short path: the Unix socket (DIR/.s.PGSQL.PORT) must fit in 107 bytes.
  const dir = mkdtempSync(join(tmpdir(), 'jwtpg-pg-'))
  if (asRoot) chownSync(dir, ...postgresIds())
  const data = join(dir, 'data')
  const log = join(dir, 'log')
  runPg(bin, 'initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync'])
  let lastError
  for (const port of ports) {
    if (await portInUse(port)) continue
    const options = [
      `-k ${dir}`,
      `-p ${port}`,
      '-c listen_addresses=127.0.0.1',
      '-c max_connections=200',
      // A throwaway cluster: nothing to make durable.
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
    ].join(' ')
    try {
      runPg(bin, 'pg_ctl', ['-D', data, '-l', log, '-o', options, '-w', '-t', '30', 'start'])
    } catch (error) {
      lastError = error // lost a race for the port with another process: try the next one
      continue
    }
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`
    writeFileSync(join(dir, 'cluster.json'), JSON.stringify({ url, port, bin }) + '\n')
    return { url, port, dir, stop: () => stopCluster(dir, bin) }
  }
  rmSync(dir, { recursive: true, force: true })
  throw new Error(`No free port for PostgreSQL in ${ports.join(', ')}. ${lastError ?? ''}`)
}

function postgresIds() {
  const id = (flag) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout)
  return [id('-u'), id('-g')]
}

/** Stops the cluster in `dir` (fast shutdown) and deletes the folder. */
export function stopCluster(dir, bin = findPostgresBin()) {
  const data = join(dir, 'data')
  if (bin && existsSync(join(data, 'postmaster.pid'))) {
    try {
      runPg(bin, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'])
    } catch (error) {
      console.error(String(error))
    }
  }
  rmSync(dir, { recursive: true, force: true })
}

/**
 * Creates an empty database in the cluster at `adminUrl`; resolves to its URL.
 * @example const url = await createDatabase(cluster.url, 'e2e')
 */
export async function createDatabase(adminUrl, name) {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`)
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(`CREATE DATABASE ${name}`)
  } finally {
    await client.end()
  }
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return url.toString()
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [command, arg] = process.argv.slice(2)
  if (command === 'start') {
    const portFlag = process.argv.indexOf('--port')
    const ports = portFlag > 0 ? [Number(process.argv[portFlag + 1])] : CLUSTER_PORTS
    const cluster = await startCluster({ ports })
    console.log(`DATABASE_URL=${cluster.url}`)
    console.log(`# stop with: node scripts/pg-cluster.mjs stop ${cluster.dir}`)
  } else if (command === 'stop' && arg) {
    stopCluster(arg)
  } else {
    console.error('usage: node scripts/pg-cluster.mjs start [--port N] | stop <folder>')
    process.exit(2)
  }
}
