import 'server-only'

/**
 * @module Rows to records and records to column values, for both engines: the same column names in SQLite and PostgreSQL
 * (see the two migration lists), read through the same few converters.
 */
import type {
  LoginThrottleRecord,
  RefreshFamilyRecord,
  RefreshTokenRecord,
  SigningAlg,
  SigningKeyRecord,
  UserRecord,
} from './types'
import { signingAlgFor, type AcceptedTokenAlg } from '@/lib/contract'

/** A result row as either driver hands it over: column name to value. */
export type Row = Record<string, unknown>

/**
 * A stored algorithm under today's name: an instance still running the version before migration 4
 * (a rolling deploy on a shared database) may write `EdDSA` after the rename.
 */
const signingAlg = (value: unknown): SigningAlg => signingAlgFor(str(value) as AcceptedTokenAlg)

// BIGINT columns arrive as strings (they may exceed 2^53); epoch milliseconds never do.
export const num = (value: unknown): number => Number(value)
const numOrNull = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value)
const str = (value: unknown): string => String(value)
const strOrNull = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value)

export function toUser(row: Row): UserRecord {
  return {
    id: str(row.id),
    email: str(row.email),
    name: str(row.name),
    passwordHash: str(row.password_hash),
    createdAt: num(row.created_at),
  }
}

export function toThrottle(row: Row): LoginThrottleRecord {
  return {
    key: str(row.account_key),
    failures: num(row.failures),
    nextAttemptAt: num(row.next_attempt_at),
    updatedAt: num(row.updated_at),
  }
}

export function toKey(row: Row): SigningKeyRecord {
  return {
    kid: str(row.kid),
    alg: signingAlg(row.alg),
    privateJwk: str(row.private_jwk),
    publicJwk: strOrNull(row.public_jwk),
    createdAt: num(row.created_at),
    retiredAt: numOrNull(row.retired_at),
  }
}

export function toFamily(row: Row, prefix = ''): RefreshFamilyRecord {
  return {
    id: str(row[`${prefix}id`]),
    userId: str(row[`${prefix}user_id`]),
    alg: signingAlg(row[`${prefix}alg`]),
    accessTtl: num(row[`${prefix}access_ttl`]),
    createdAt: num(row[`${prefix}created_at`]),
    expiresAt: num(row[`${prefix}expires_at`]),
    revokedAt: numOrNull(row[`${prefix}revoked_at`]),
    revokedReason: strOrNull(row[`${prefix}revoked_reason`]),
  }
}

export function toToken(row: Row): RefreshTokenRecord {
  return {
    tokenHash: str(row.token_hash),
    familyId: str(row.family_id),
    createdAt: num(row.created_at),
    expiresAt: num(row.expires_at),
    usedAt: numOrNull(row.used_at),
  }
}

/** Column values of `signing_keys`, in (kid, alg, private_jwk, public_jwk, created_at, retired_at) order. */
export function keyArgs(key: SigningKeyRecord) {
  return [key.kid, key.alg, key.privateJwk, key.publicJwk, key.createdAt, key.retiredAt]
}

/** Column values of `refresh_families`, in (id, user_id, alg, access_ttl, created_at, expires_at, revoked_at, revoked_reason) order. */
export function familyArgs(family: RefreshFamilyRecord) {
  return [
    family.id,
    family.userId,
    family.alg,
    family.accessTtl,
    family.createdAt,
    family.expiresAt,
    family.revokedAt,
    family.revokedReason,
  ]
}

/** Column values of `refresh_tokens`, in (token_hash, family_id, created_at, expires_at, used_at) order. */
export function tokenArgs(token: RefreshTokenRecord) {
  return [token.tokenHash, token.familyId, token.createdAt, token.expiresAt, token.usedAt]
}
