import 'server-only'

/**
 * @module A short read cache in front of the signing keys, for both engines: on PostgreSQL every
 * read is a network round trip, on SQLite a statement prepared and stepped on the server's one
 * thread (about 40 µs, a tenth of what GET /api/me costs beyond a bare Next route). lib/auth
 * reads the key list to sign and looks up a `kid` to verify on every request; with this cache an
 * instance asks the database at most once per TTL.
 *
 * What each instance sees of a rotation made elsewhere (another instance, `npm run keys:rotate`):
 * - a token signed with the new key verifies at once: an unknown `kid` is always looked up;
 * - the new key signs, and appears in the JWKS, within `ttlMs`.
 * A rotation through this store object invalidates the cache, so it is seen at once here.
 */
import type { SigningKeyRecord, SigningKeyStore } from './types'

/** How long an instance may sign with, and publish, the key list it last read. */
export const SIGNING_KEY_CACHE_TTL_MS = 5_000

/**
 * Wraps a SigningKeyStore with a list cache of `ttlMs`.
 *
 * @example const keys = withKeyCache(postgresKeys, SIGNING_KEY_CACHE_TTL_MS)
 */
export function withKeyCache(
  keys: SigningKeyStore,
  ttlMs: number,
  clock: () => number = () => performance.now(),
): SigningKeyStore {
  let cached: { at: number; list: Promise<SigningKeyRecord[]> } | null = null

  function load(): Promise<SigningKeyRecord[]> {
    if (cached && clock() - cached.at < ttlMs) return cached.list
    const entry = { at: clock(), list: keys.list() }
    cached = entry
    // A failed read is not cached: the next caller asks again.
    entry.list.catch(() => {
      if (cached === entry) cached = null
    })
    return entry.list
  }

  async function invalidateAfter<T>(write: Promise<T>): Promise<T> {
    try {
      return await write
    } finally {
      cached = null
    }
  }

  return {
    async list() {
      return (await load()).map((key) => ({ ...key }))
    },
    async find(kid) {
      const hit = (await load()).find((key) => key.kid === kid)
      return hit ? { ...hit } : keys.find(kid)
    },
    rotate: (key, now) => invalidateAfter(keys.rotate(key, now)),
    insertIfNoCurrent: (key) => invalidateAfter(keys.insertIfNoCurrent(key)),
    deleteRetiredBefore: (cutoff) => invalidateAfter(keys.deleteRetiredBefore(cutoff)),
  }
}
