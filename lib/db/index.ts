import 'server-only'

/**
 * @module The process-wide store: opened lazily on first use, migrated, then shared.
 * `DATABASE_URL` picks the database (default `file:.data/jwt-playground.db`, relative to the
 * working directory); tests point it at a temporary file or call `openStore` directly.
 */
import { openSqliteStore } from './sqlite'
import type { Store } from './types'

export type * from './types'
export { openSqliteStore, migrate } from './sqlite'
export { MIGRATIONS } from './migrations'

export const DEFAULT_DATABASE_URL = 'file:.data/jwt-playground.db'

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL
}

/** Opens a store by URL. Only SQLite (file: or :memory:) for now; another engine plugs in here. */
export function openStore(url: string = databaseUrl()): Promise<Store> {
  return openSqliteStore(url)
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
