import 'server-only'

/** @module The embedded-SQLite store (libSQL), with its migrations applied on open. */
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { createClient, type Client } from '@libsql/client'
import { SIGNING_KEY_CACHE_TTL_MS, withKeyCache } from './key-cache'
import { MIGRATIONS, type Migration } from './migrations'
import { USER_CACHE_TTL_MS, withUserCache } from './user-cache'
import {
  familyArgs,
  keyArgs,
  num,
  toFamily,
  toKey,
  toThrottle,
  toToken,
  toUser,
  tokenArgs,
} from './rows'
import type { SigningKeyStore, Store, UserStore } from './types'

/** For `file:` URLs, creates the folder the database lives in (e.g. `.data/`). */
function ensureDatabaseFolder(url: string): void {
  if (!url.startsWith('file:')) return
  const path = url.slice('file:'.length).split('?')[0] ?? ''
  if (path === '' || path === ':memory:') return
  // The path comes from configuration at run time: nothing for the bundler to trace.
  mkdirSync(dirname(resolve(/* turbopackIgnore: true */ path)), { recursive: true })
}

/** Applies every migration newer than the recorded version; returns the versions applied. */
export async function migrate(client: Client, migrations: Migration[] = MIGRATIONS) {
  await client.execute(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  )`)
  const done = await client.execute('SELECT version FROM schema_migrations')
  const applied = new Set(done.rows.map((row) => num(row.version)))
  const ran: number[] = []
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue
    await client.batch(
      [
        ...migration.statements,
        {
          // OR IGNORE: a second process that raced us through the same idempotent DDL is fine.
          sql: 'INSERT OR IGNORE INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
          args: [migration.version, migration.name, Date.now()],
        },
      ],
      'write',
    )
    ran.push(migration.version)
  }
  return ran
}

const INSERT_KEY =
  'INSERT INTO signing_keys (kid, alg, private_jwk, public_jwk, created_at, retired_at) VALUES (?, ?, ?, ?, ?, ?)'

/**
 * Opens (creating if needed) a SQLite database and migrates it. Signing keys are read through
 * ./key-cache for `signingKeyCacheMs` (default SIGNING_KEY_CACHE_TTL_MS), users by id through
 * ./user-cache for `userCacheMs` (default USER_CACHE_TTL_MS); 0 turns either off.
 *
 * @example const store = await openSqliteStore('file:/tmp/test.db')
 */
export async function openSqliteStore(
  url: string,
  options: { signingKeyCacheMs?: number; userCacheMs?: number } = {},
): Promise<Store> {
  ensureDatabaseFolder(url)
  const client = createClient({ url })
  await client.execute('PRAGMA foreign_keys = ON')
  await client.execute('PRAGMA busy_timeout = 5000')
  if (url.startsWith('file:')) await client.execute('PRAGMA journal_mode = WAL')
  await migrate(client)

  return {
    url,
    close: () => client.close(),

    users: withUserCache(users(client), { ttlMs: options.userCacheMs ?? USER_CACHE_TTL_MS }),

    refresh: {
      async createFamily(family, firstToken) {
        await client.batch(
          [
            {
              sql: `INSERT INTO refresh_families
                      (id, user_id, alg, access_ttl, created_at, expires_at, revoked_at, revoked_reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
              args: familyArgs(family),
            },
            {
              sql: `INSERT INTO refresh_tokens (token_hash, family_id, created_at, expires_at, used_at)
                    VALUES (?, ?, ?, ?, ?)`,
              args: tokenArgs(firstToken),
            },
          ],
          'write',
        )
      },
      async findToken(tokenHash) {
        const result = await client.execute({
          sql: `SELECT t.*, f.id AS f_id, f.user_id AS f_user_id, f.alg AS f_alg,
                       f.access_ttl AS f_access_ttl, f.created_at AS f_created_at,
                       f.expires_at AS f_expires_at, f.revoked_at AS f_revoked_at,
                       f.revoked_reason AS f_revoked_reason
                FROM refresh_tokens t JOIN refresh_families f ON f.id = t.family_id
                WHERE t.token_hash = ?`,
          args: [tokenHash],
        })
        const row = result.rows[0]
        return row ? { token: toToken(row), family: toFamily(row, 'f_') } : null
      },
      async markUsed(tokenHash, now) {
        const result = await client.execute({
          sql: 'UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL',
          args: [now, tokenHash],
        })
        return result.rowsAffected === 1
      },
      async addToken(token) {
        await client.execute({
          sql: `INSERT INTO refresh_tokens (token_hash, family_id, created_at, expires_at, used_at)
                VALUES (?, ?, ?, ?, ?)`,
          args: tokenArgs(token),
        })
      },
      async revokeFamily(familyId, now, reason) {
        await client.execute({
          sql: `UPDATE refresh_families SET revoked_at = ?, revoked_reason = ?
                WHERE id = ? AND revoked_at IS NULL`,
          args: [now, reason, familyId],
        })
      },
    },

    // Every /api/me looks up a kid and every login lists the keys: a statement prepared and
    // stepped on the one thread each time. `npm run keys:rotate` (another process) is seen here
    // within the TTL, as on PostgreSQL; a new kid is looked up at once.
    signingKeys: withKeyCache(
      signingKeys(client),
      options.signingKeyCacheMs ?? SIGNING_KEY_CACHE_TTL_MS,
    ),

    loginThrottle: {
      async get(key) {
        const result = await client.execute({
          sql: 'SELECT * FROM login_throttle WHERE account_key = ?',
          args: [key],
        })
        return result.rows[0] ? toThrottle(result.rows[0]) : null
      },
      async compareAndSet(expected, next) {
        const values = [next.failures, next.nextAttemptAt, next.updatedAt]
        const result = expected
          ? await client.execute({
              sql: `UPDATE login_throttle SET failures = ?, next_attempt_at = ?, updated_at = ?
                    WHERE account_key = ? AND failures = ? AND next_attempt_at = ? AND updated_at = ?`,
              args: [
                ...values,
                expected.key,
                expected.failures,
                expected.nextAttemptAt,
                expected.updatedAt,
              ],
            })
          : await client.execute({
              sql: `INSERT INTO login_throttle (account_key, failures, next_attempt_at, updated_at)
                    VALUES (?, ?, ?, ?) ON CONFLICT(account_key) DO NOTHING`,
              args: [next.key, ...values],
            })
        return result.rowsAffected === 1
      },
      async delete(key) {
        await client.execute({
          sql: 'DELETE FROM login_throttle WHERE account_key = ?',
          args: [key],
        })
      },
      async deleteUpdatedBefore(cutoff) {
        const result = await client.execute({
          sql: 'DELETE FROM login_throttle WHERE updated_at < ?',
          args: [cutoff],
        })
        return result.rowsAffected
      },
    },
  }
}

function signingKeys(client: Client): SigningKeyStore {
  return {
    async list() {
      const result = await client.execute('SELECT * FROM signing_keys ORDER BY created_at, kid')
      return result.rows.map(toKey)
    },
    async find(kid) {
      const result = await client.execute({
        sql: 'SELECT * FROM signing_keys WHERE kid = ?',
        args: [kid],
      })
      return result.rows[0] ? toKey(result.rows[0]) : null
    },
    async rotate(key, now) {
      await client.batch(
        [
          {
            sql: 'UPDATE signing_keys SET retired_at = ? WHERE alg = ? AND retired_at IS NULL',
            args: [now, key.alg],
          },
          { sql: INSERT_KEY, args: keyArgs({ ...key, retiredAt: null }) },
        ],
        'write',
      )
    },
    async insertIfNoCurrent(key) {
      const result = await client.execute({
        sql: INSERT_KEY.replace('INSERT INTO', 'INSERT OR IGNORE INTO'),
        args: keyArgs({ ...key, retiredAt: null }),
      })
      return result.rowsAffected === 1
    },
    async deleteRetiredBefore(cutoff) {
      const result = await client.execute({
        sql: 'DELETE FROM signing_keys WHERE retired_at IS NOT NULL AND retired_at < ?',
        args: [cutoff],
      })
      return result.rowsAffected
    },
  }
}

function users(client: Client): UserStore {
  return {
    async create(user) {
      const result = await client.execute({
        sql: `INSERT INTO users (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(email) DO NOTHING`,
        args: [user.id, user.email, user.name, user.passwordHash, user.createdAt],
      })
      return result.rowsAffected === 1
    },
    async findByEmail(email) {
      const result = await client.execute({
        sql: 'SELECT * FROM users WHERE email = ?',
        args: [email],
      })
      return result.rows[0] ? toUser(result.rows[0]) : null
    },
    async findById(id) {
      const result = await client.execute({ sql: 'SELECT * FROM users WHERE id = ?', args: [id] })
      return result.rows[0] ? toUser(result.rows[0]) : null
    },
  }
}
