/**
 * The two database engines the store runs on, for tests that must pass on both: each gives a
 * fresh, empty database per call. PostgreSQL comes from the global setup (test/setup/postgres.ts)
 * and is null when it is not installed; its tests are then skipped, loudly.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { inject } from 'vitest'

export interface Engine {
  name: 'sqlite' | 'postgres'
  /** False when the engine is not installed here: skip its tests. */
  available: boolean
  /** The URL of a new, empty database. */
  freshUrl(): Promise<string>
  /** Runs one query in a database of this engine, bypassing the store (to inspect it). */
  query(url: string, sql: string): Promise<Record<string, unknown>[]>
}

const postgresAdminUrl = inject('postgresUrl')
let databases = 0

export const sqlite: Engine = {
  name: 'sqlite',
  available: true,
  async freshUrl() {
    return `file:${join(mkdtempSync(join(tmpdir(), 'jwtpg-db-')), 'nested', 'test.db')}`
  },
  async query(url, sql) {
    const { createClient } = await import('@libsql/client')
    const client = createClient({ url })
    try {
      return (await client.execute(sql)).rows.map((row) => ({ ...row }))
    } finally {
      client.close()
    }
  },
}

async function pgQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows as Record<string, unknown>[]
  } finally {
    await client.end()
  }
}

export const postgres: Engine = {
  name: 'postgres',
  available: postgresAdminUrl !== null,
  async freshUrl() {
    if (!postgresAdminUrl) throw new Error('PostgreSQL is not available')
    // One database per call: test files run in parallel against the same cluster.
    databases += 1
    const name = `t_${process.pid}_${Date.now().toString(36)}_${databases}`
    await pgQuery(postgresAdminUrl, `CREATE DATABASE ${name}`)
    const url = new URL(postgresAdminUrl)
    url.pathname = `/${name}`
    return url.toString()
  },
  query: pgQuery,
}

export const ENGINES = [sqlite, postgres]
