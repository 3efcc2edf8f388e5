import 'server-only'

/**
 * @module Numbered schema migrations. Append only: never edit one that has shipped, add the next.
 * Each runs in one write transaction together with its row in `schema_migrations`.
 */

export interface Migration {
  version: number
  name: string
  statements: string[]
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'users, refresh-token families, signing keys',
    statements: [
      `CREATE TABLE IF NOT EXISTS users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        created_at INTEGER NOT NULL
      )`,
      `CREATE TABLE IF NOT EXISTS refresh_families (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        alg TEXT NOT NULL,
        access_ttl INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        revoked_at INTEGER,
        revoked_reason TEXT
      )`,
      `CREATE INDEX IF NOT EXISTS refresh_families_user ON refresh_families(user_id)`,
      `CREATE TABLE IF NOT EXISTS refresh_tokens (
        token_hash TEXT PRIMARY KEY,
        family_id TEXT NOT NULL REFERENCES refresh_families(id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        used_at INTEGER
      )`,
      `CREATE INDEX IF NOT EXISTS refresh_tokens_family ON refresh_tokens(family_id)`,
      `CREATE TABLE IF NOT EXISTS signing_keys (
        kid TEXT PRIMARY KEY,
        alg TEXT NOT NULL,
        private_jwk TEXT NOT NULL,
        public_jwk TEXT,
        created_at INTEGER NOT NULL,
        retired_at INTEGER
      )`,
      // At most one current (not retired) key per algorithm, even with two processes starting.
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
        next_attempt_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      )`,
      `CREATE INDEX IF NOT EXISTS login_throttle_updated ON login_throttle(updated_at)`,
    ],
  },
  {
    version: 3,
    name: 'rate-limit counters shared by every instance',
    // Nothing on SQLite: one process, so the per-address limits count in memory
    // (lib/auth/rate-limit). The version exists so both engines keep the same numbers.
    statements: [],
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
