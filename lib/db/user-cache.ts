import 'server-only'

/**
 * @module A short read cache in front of `users.findById`, which GET /api/me runs on every
 * request to turn a verified token's `sub` into the user it shows (on SQLite a statement
 * prepared and stepped on the server's one thread, on PostgreSQL a round trip).
 *
 * Users are never changed by the app (no update, no delete), so what this can make stale is a
 * row deleted or edited in the database by hand: seen within `ttlMs`. A miss is never
 * remembered, so a user created anywhere is found at once; `findByEmail` (login, registration)
 * always reads the database.
 */
import type { UserRecord, UserStore } from './types'

/** How long an instance may show a user it last read. */
export const USER_CACHE_TTL_MS = 5_000
/** At most this many users are remembered; the oldest read goes first. */
export const USER_CACHE_MAX_ENTRIES = 1_000

/**
 * Wraps a UserStore's `findById` with a cache of `ttlMs`, bounded to `maxEntries` users.
 *
 * @example const users = withUserCache(sqliteUsers, { ttlMs: USER_CACHE_TTL_MS })
 */
export function withUserCache(
  users: UserStore,
  options: { ttlMs: number; maxEntries?: number; clock?: () => number },
): UserStore {
  const { ttlMs, maxEntries = USER_CACHE_MAX_ENTRIES, clock = () => performance.now() } = options
  const cached = new Map<string, { at: number; user: UserRecord }>()
  return {
    create: (user) => users.create(user),
    findByEmail: (email) => users.findByEmail(email),
    async findById(id) {
      const hit = cached.get(id)
      if (hit && clock() - hit.at < ttlMs) return { ...hit.user }
      cached.delete(id)
      const user = await users.findById(id)
      if (!user || ttlMs <= 0) return user
      // A Map iterates in insertion order: the first key is the oldest read.
      if (cached.size >= maxEntries) cached.delete(cached.keys().next().value!)
      cached.set(id, { at: clock(), user: { ...user } })
      return user
    },
  }
}
