import 'server-only'

/**
 * @module The process-wide store: opened lazily on first use, migrated, then shared.
 * `DATABASE_URL` picks the engine and the database: `file:…` (default
 * `file:.data/jwt-playground.db`, relative to the working directory) is embedded SQLite,
 * `postgres://…` is PostgreSQL, which several instances can share. Tests point it at a
 * temporary database or call `openStore` directly.
 */
import { openSqliteStore } from './sqlite'
import type { Store } from './types'

export type * from './types'
export { openSqliteStore, migrate } from './sqlite'
export { MIGRATIONS } from './migrations'
export { POSTGRES_MIGRATIONS } from './postgres-migrations'
export { SIGNING_KEY_CACHE_TTL_MS } from './key-cache'
export { USER_CACHE_TTL_MS } from './user-cache'

/** True for URLs the PostgreSQL store opens: `postgres://…` and `postgresql://…`. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url)
}

export const DEFAULT_DATABASE_URL = 'file:.data/jwt-playground.db'

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL
}

/** Opens a store by URL: PostgreSQL for `postgres://` and `postgresql://`, else SQLite. */
export async function openStore(url: string = databaseUrl()): Promise<Store> {
  if (isPostgresUrl(url)) {
    // Loaded only when asked for: a SQLite site never loads the PostgreSQL client.
    const { openPostgresStore } = await import('./postgres')
    return openPostgresStore(url)
  }
  return openSqliteStore(url)
}

/** The URL without its password, for logs and CLI output. */
export function describeDatabaseUrl(url: string): string {
  if (!isPostgresUrl(url)) return url
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return 'postgres://(unparsable URL)'
  }
}

// Kept on globalThis so that Next's dev-mode module reloads do not open a second connection.
const globalStores = globalThis as typeof globalThis & {
  __jwtPlaygroundStores?: Map<string, Promise<Store>>
}

/**
 * The shared store for the current `DATABASE_URL`, opened once per process.
 *
 * @example const store = await getStore(); await store.users.findByEmail('alice@example.com')
 */
export function getStore(): Promise<Store> {
  const url = databaseUrl()
  const stores = (globalStores.__jwtPlaygroundStores ??= new Map())
  let store = stores.get(url)
  if (!store) {
    store = openStore(url)
    // A failed open (bad URL, unwritable folder) is retried on the next call, not cached.
    store.catch(() => stores.delete(url))
    stores.set(url, store)
  }
  return store
}
