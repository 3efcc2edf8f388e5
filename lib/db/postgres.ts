import 'server-only'

/**
 * @module The PostgreSQL store (node-postgres, a connection pool), with its migrations applied on
 * open. Chosen by `DATABASE_URL=postgres://…`; several instances share one database, so every
 * write that must happen once (a refresh token's use, a key rotation, a migration) is decided by
 * PostgreSQL itself: a conditional UPDATE, a unique index, an advisory lock.
 */
import pg from 'pg'
import { withKeyCache, SIGNING_KEY_CACHE_TTL_MS } from './key-cache'
import { USER_CACHE_TTL_MS, withUserCache } from './user-cache'
import type { Migration } from './migrations'
import { POSTGRES_MIGRATIONS } from './postgres-migrations'
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
import type { LoginThrottleStore, SigningKeyStore, Store } from './types'

/** Arbitrary constants for pg_advisory_xact_lock: one per thing that must not run twice at once. */
const LOCK_MIGRATIONS = 7_140_001
const LOCK_SIGNING_KEYS = 7_140_002

/** Runs `work` in one transaction on one pooled connection; rolls back on any error. */
async function transaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>) {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}

/**
 * Applies every migration newer than the recorded version, all in one transaction under an
 * advisory lock: instances starting together wait for each other, and the second finds the work
 * done. Returns the versions applied.
 */
export async function migratePostgres(
  pool: pg.Pool,
  migrations: Migration[] = POSTGRES_MIGRATIONS,
): Promise<number[]> {
  return transaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_MIGRATIONS])
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at BIGINT NOT NULL
    )`)
    const done = await client.query<{ version: number }>('SELECT version FROM schema_migrations')
    const applied = new Set(done.rows.map((row) => num(row.version)))
    const ran: number[] = []
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue
      for (const statement of migration.statements) await client.query(statement)
      await client.query(
        'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
        [migration.version, migration.name, Date.now()],
      )
      ran.push(migration.version)
    }
    return ran
  })
}

const INSERT_KEY = `INSERT INTO signing_keys (kid, alg, private_jwk, public_jwk, created_at, retired_at)
  VALUES ($1, $2, $3, $4, $5, $6)`

function signingKeys(pool: pg.Pool): SigningKeyStore {
  return {
    async list() {
      // COLLATE "C": byte order, as SQLite sorts, whatever the cluster's locale.
      const result = await pool.query(
        'SELECT * FROM signing_keys ORDER BY created_at, kid COLLATE "C"',
      )
      return result.rows.map(toKey)
    },
    async find(kid) {
      const result = await pool.query('SELECT * FROM signing_keys WHERE kid = $1', [kid])
      return result.rows[0] ? toKey(result.rows[0]) : null
    },
    async rotate(key, now) {
      await transaction(pool, async (client) => {
        // Two rotations at once (two instances, or the CLI beside one) would each retire the
        // current key and then both insert one: the unique index would refuse the second.
        // Serialised, the second simply retires the first's new key.
        await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_SIGNING_KEYS])
        await client.query(
          'UPDATE signing_keys SET retired_at = $1 WHERE alg = $2 AND retired_at IS NULL',
          [now, key.alg],
        )
        await client.query(INSERT_KEY, keyArgs({ ...key, retiredAt: null }))
      })
    },
    async insertIfNoCurrent(key) {
      // No conflict target: the partial unique index (one current key per alg) counts too.
      const result = await pool.query(
        `${INSERT_KEY} ON CONFLICT DO NOTHING`,
        keyArgs({ ...key, retiredAt: null }),
      )
      return result.rowCount === 1
    },
    async deleteRetiredBefore(cutoff) {
      const result = await pool.query(
        'DELETE FROM signing_keys WHERE retired_at IS NOT NULL AND retired_at < $1',
        [cutoff],
      )
      return result.rowCount ?? 0
    },
  }
}

function loginThrottle(pool: pg.Pool): LoginThrottleStore {
  return {
    async get(key) {
      const result = await pool.query('SELECT * FROM login_throttle WHERE account_key = $1', [key])
      return result.rows[0] ? toThrottle(result.rows[0]) : null
    },
    async compareAndSet(expected, next) {
      const values = [next.failures, next.nextAttemptAt, next.updatedAt]
      // As markUsed: a racing UPDATE waits for the first, then re-checks the row and misses.
      const result = expected
        ? await pool.query(
            `UPDATE login_throttle SET failures = $1, next_attempt_at = $2, updated_at = $3
             WHERE account_key = $4 AND failures = $5 AND next_attempt_at = $6 AND updated_at = $7`,
            [
              ...values,
              expected.key,
              expected.failures,
              expected.nextAttemptAt,
              expected.updatedAt,
            ],
          )
        : await pool.query(
            `INSERT INTO login_throttle (account_key, failures, next_attempt_at, updated_at)
             VALUES ($1, $2, $3, $4) ON CONFLICT (account_key) DO NOTHING`,
            [next.key, ...values],
          )
      return result.rowCount === 1
    },
    async delete(key) {
      await pool.query('DELETE FROM login_throttle WHERE account_key = $1', [key])
    },
    async deleteUpdatedBefore(cutoff) {
      const result = await pool.query('DELETE FROM login_throttle WHERE updated_at < $1', [cutoff])
      return result.rowCount ?? 0
    },
  }
}

/** Connections per instance; PostgreSQL's default max_connections (100) is shared by all. */
function poolSize(): number {
  const size = Number(process.env.DATABASE_POOL_SIZE)
  return Number.isInteger(size) && size > 0 ? size : 10
}

/**
 * Connects to PostgreSQL and migrates the database.
 *
 * @example const store = await openPostgresStore('postgres://app@db.internal/jwt_playground')
 */
export async function openPostgresStore(url: string): Promise<Store> {
  // allowExitOnIdle: idle connections do not keep a CLI or a test worker alive.
  const pool = new pg.Pool({ connectionString: url, max: poolSize(), allowExitOnIdle: true })
  // An idle connection that the server drops must not crash the process; the pool reconnects.
  pool.on('error', (error) => console.error('PostgreSQL pool:', error.message))
  try {
    await migratePostgres(pool)
  } catch (error) {
    await pool.end().catch(() => {})
    throw error
  }

  return {
    url,
    close: () => void pool.end().catch(() => {}),

    // GET /api/me reads a user by id on every request: see ./user-cache.
    users: withUserCache(
      {
        async create(user) {
          const result = await pool.query(
            `INSERT INTO users (id, email, name, password_hash, created_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (email) DO NOTHING`,
            [user.id, user.email, user.name, user.passwordHash, user.createdAt],
          )
          return result.rowCount === 1
        },
        async findByEmail(email) {
          const result = await pool.query('SELECT * FROM users WHERE email = $1', [email])
          return result.rows[0] ? toUser(result.rows[0]) : null
        },
        async findById(id) {
          const result = await pool.query('SELECT * FROM users WHERE id = $1', [id])
          return result.rows[0] ? toUser(result.rows[0]) : null
        },
      },
      { ttlMs: USER_CACHE_TTL_MS },
    ),

    refresh: {
      async createFamily(family, firstToken) {
        await transaction(pool, async (client) => {
          await client.query(
            `INSERT INTO refresh_families
               (id, user_id, alg, access_ttl, created_at, expires_at, revoked_at, revoked_reason)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            familyArgs(family),
          )
          await client.query(
            `INSERT INTO refresh_tokens (token_hash, family_id, created_at, expires_at, used_at)
             VALUES ($1, $2, $3, $4, $5)`,
            tokenArgs(firstToken),
          )
        })
      },
      async findToken(tokenHash) {
        const result = await pool.query(
          `SELECT t.*, f.id AS f_id, f.user_id AS f_user_id, f.alg AS f_alg,
                  f.access_ttl AS f_access_ttl, f.created_at AS f_created_at,
                  f.expires_at AS f_expires_at, f.revoked_at AS f_revoked_at,
                  f.revoked_reason AS f_revoked_reason
           FROM refresh_tokens t JOIN refresh_families f ON f.id = t.family_id
           WHERE t.token_hash = $1`,
          [tokenHash],
        )
        const row = result.rows[0]
        return row ? { token: toToken(row), family: toFamily(row, 'f_') } : null
      },
      async markUsed(tokenHash, now) {
        // Under READ COMMITTED a second UPDATE of the row waits for the first to commit, then
        // re-checks `used_at IS NULL` against the new row and matches nothing: one winner.
        const result = await pool.query(
          'UPDATE refresh_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL',
          [now, tokenHash],
        )
        return result.rowCount === 1
      },
      async addToken(token) {
        await pool.query(
          `INSERT INTO refresh_tokens (token_hash, family_id, created_at, expires_at, used_at)
           VALUES ($1, $2, $3, $4, $5)`,
          tokenArgs(token),
        )
      },
      async revokeFamily(familyId, now, reason) {
        await pool.query(
          `UPDATE refresh_families SET revoked_at = $1, revoked_reason = $2
           WHERE id = $3 AND revoked_at IS NULL`,
          [now, reason, familyId],
        )
      },
    },

    signingKeys: withKeyCache(signingKeys(pool), SIGNING_KEY_CACHE_TTL_MS),
    loginThrottle: loginThrottle(pool),
    postgresPool: pool,
  }
}
