import 'server-only'

/** @module The store's interface: what lib/auth needs, whatever engine sits behind it. */
import type { Pool } from 'pg'
import type { SigningAlg } from '@/lib/contract'

export type { SigningAlg }

/** Times are Unix epoch milliseconds throughout the store. */
export interface UserRecord {
  id: string
  email: string
  name: string
  passwordHash: string
  createdAt: number
}

export interface SigningKeyRecord {
  kid: string
  alg: SigningAlg
  /** The private JWK (or the `oct` JWK of the HMAC secret), as JSON. Never leaves the server. */
  privateJwk: string
  /** The public JWK as JSON; null for HMAC secrets, which have no public half. */
  publicJwk: string | null
  createdAt: number
  /** Set when a newer key took over; the key still verifies until its tokens have expired. */
  retiredAt: number | null
}

export interface RefreshFamilyRecord {
  id: string
  userId: string
  /** The login's choices, kept so every refresh issues the same kind of access token. */
  alg: SigningAlg
  accessTtl: number
  createdAt: number
  /** Absolute end of the session, whatever the rotations. */
  expiresAt: number
  revokedAt: number | null
  revokedReason: string | null
}

export interface RefreshTokenRecord {
  /** SHA-256 of the opaque token, base64url. The token itself is never stored. */
  tokenHash: string
  familyId: string
  createdAt: number
  expiresAt: number
  usedAt: number | null
}

export interface UserStore {
  /** Inserts a user; returns false (and changes nothing) when the email is already taken. */
  create(user: UserRecord): Promise<boolean>
  findByEmail(email: string): Promise<UserRecord | null>
  findById(id: string): Promise<UserRecord | null>
}

export interface RefreshStore {
  createFamily(family: RefreshFamilyRecord, firstToken: RefreshTokenRecord): Promise<void>
  findToken(
    tokenHash: string,
  ): Promise<{ token: RefreshTokenRecord; family: RefreshFamilyRecord } | null>
  /**
   * Marks an unused token used, atomically. True for exactly one caller per token, so two
   * refreshes racing with the same token cannot both rotate it.
   */
  markUsed(tokenHash: string, now: number): Promise<boolean>
  addToken(token: RefreshTokenRecord): Promise<void>
  /** Revokes a family (idempotent: the first reason and time are kept). */
  revokeFamily(familyId: string, now: number, reason: string): Promise<void>
}

export interface SigningKeyStore {
  list(): Promise<SigningKeyRecord[]>
  find(kid: string): Promise<SigningKeyRecord | null>
  /** Adds a key as the current one for its algorithm, retiring the previous current key. */
  rotate(key: SigningKeyRecord, now: number): Promise<void>
  /** Adds a key only if its algorithm has no current key; returns whether it was added. */
  insertIfNoCurrent(key: SigningKeyRecord): Promise<boolean>
  /** Deletes keys retired before `cutoff`; returns how many. */
  deleteRetiredBefore(cutoff: number): Promise<number>
}

/**
 * The login throttle of one account (progressive delays, lib/auth/login-throttle): how many
 * attempts were let through since the last success, and when the next one may start.
 */
export interface LoginThrottleRecord {
  /** The account key (the normalised email, known account or not). */
  key: string
  failures: number
  /** Epoch ms before which no attempt for this key is let through. */
  nextAttemptAt: number
  /** Epoch ms of the last change; a row untouched for the throttle window is forgotten. */
  updatedAt: number
}

/**
 * Rows of the login throttle, changed only by compare-and-set, so that any number of requests
 * and instances sharing the database let exactly the right number of attempts through.
 */
export interface LoginThrottleStore {
  get(key: string): Promise<LoginThrottleRecord | null>
  /**
   * Writes `next` only if the row is still exactly `expected` (all four fields equal; `null`:
   * no row for `next.key` yet). Atomic; true for exactly one of several callers racing from the
   * same `expected`.
   */
  compareAndSet(expected: LoginThrottleRecord | null, next: LoginThrottleRecord): Promise<boolean>
  /** Forgets a key (after a successful login). */
  delete(key: string): Promise<void>
  /** Deletes rows last changed before `cutoff`; returns how many. */
  deleteUpdatedBefore(cutoff: number): Promise<number>
}

export interface Store {
  readonly url: string
  users: UserStore
  refresh: RefreshStore
  signingKeys: SigningKeyStore
  loginThrottle: LoginThrottleStore
  /**
   * The connection pool, on PostgreSQL only: for rate-limiter-flexible's PostgreSQL store, so
   * that every instance counts the per-address limits together (table `rate_limits`).
   */
  readonly postgresPool?: Pool
  close(): void
}
