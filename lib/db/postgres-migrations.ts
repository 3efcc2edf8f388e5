import 'server-only'

/**
 * @module The numbered migrations in PostgreSQL's dialect: the same versions as `MIGRATIONS`
 * (./migrations.ts), one for one, so both engines always have the same schema. Append only.
 * Times are epoch milliseconds, hence BIGINT where SQLite's INTEGER is already 64-bit.
 * test/lib/db/migrations.test.ts fails when a version exists for one engine only.
 */
import type { Migration } from './migrations'

export const POSTGRES_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'users, refresh-token families, signing keys',
    statements: [
      `CREATE TABLE IF NOT EXISTS users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        created_at BIGINT NOT NULL
      )`,
      `CREATE TABLE IF NOT EXISTS refresh_families (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        alg TEXT NOT NULL,
        access_ttl INTEGER NOT NULL,
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL,
        revoked_at BIGINT,
        revoked_reason TEXT
      )`,
      `CREATE INDEX IF NOT EXISTS refresh_families_user ON refresh_families(user_id)`,
      `CREATE TABLE IF NOT EXISTS refresh_tokens (
        token_hash TEXT PRIMARY KEY,
        family_id TEXT NOT NULL REFERENCES refresh_families(id) ON DELETE CASCADE,
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL,
        used_at BIGINT
      )`,
      `CREATE INDEX IF NOT EXISTS refresh_tokens_family ON refresh_tokens(family_id)`,
      `CREATE TABLE IF NOT EXISTS signing_keys (
        kid TEXT PRIMARY KEY,
        alg TEXT NOT NULL,
        private_jwk TEXT NOT NULL,
        public_jwk TEXT,
        created_at BIGINT NOT NULL,
        retired_at BIGINT
      )`,
      `CREATE UNIQUE INDEX IF NOT EXISTS signing_keys_one_current
        ON signing_keys(alg) WHERE retired_at IS NULL`,
    ],
  },
  {
    version: 2,
    name: 'login throttle: progressive delays per account',
    statements: [
      `CREATE TABLE IF NOT EXISTS login_throttle (
        account_key TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        next_attempt_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL
      )`,
      `CREATE INDEX IF NOT EXISTS login_throttle_updated ON login_throttle(updated_at)`,
    ],
  },
  {
    version: 3,
    name: 'rate-limit counters shared by every instance',
    statements: [
      // rate-limiter-flexible's RateLimiterPostgres table, made here rather than by the library
      // (which would race two instances through CREATE TABLE on first start).
      `CREATE TABLE IF NOT EXISTS rate_limits (
        key VARCHAR(255) PRIMARY KEY,
        points INTEGER NOT NULL DEFAULT 0,
        expire BIGINT
      )`,
      `CREATE INDEX IF NOT EXISTS rate_limits_expire ON rate_limits(expire)`,
    ],
  },
  {
    version: 4,
    name: 'Ed25519: the RFC 9864 name for what was stored as EdDSA',
    // One algorithm, two names: keys and sessions made as EdDSA keep working under the new one.
    statements: [
      `UPDATE signing_keys SET alg = 'Ed25519' WHERE alg = 'EdDSA'`,
      `UPDATE refresh_families SET alg = 'Ed25519' WHERE alg = 'EdDSA'`,
    ],
  },
]
