import 'server-only'

/**
 * @module Opaque refresh tokens, stored only as SHA-256 hashes and grouped in families (one per
 * login). Each refresh spends the token and issues the next one of the family; spending a token
 * twice means it leaked, so the whole family is revoked (OAuth 2.0 Security BCP §4.14.2).
 */
import { base64url } from 'jose'
import type { RefreshFamilyRecord, SigningAlg, Store } from '@/lib/db'
import { REFRESH_FAMILY_TTL_S, REFRESH_TOKEN_TTL_S } from './config'
import { authFailure, type AuthResult } from './result'

/** 256 random bits, base64url: nothing to decode, nothing to forge. */
export function newRefreshToken(): string {
  return base64url.encode(crypto.getRandomValues(new Uint8Array(32)))
}

export async function hashRefreshToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token))
  return base64url.encode(new Uint8Array(digest))
}

/** Starts a family at login and returns its first token. */
export async function startRefreshFamily(
  store: Store,
  options: { userId: string; alg: SigningAlg; accessTtl: number; now?: number },
): Promise<{ token: string; familyId: string; expiresAt: number }> {
  const now = options.now ?? Date.now()
  const token = newRefreshToken()
  const family: RefreshFamilyRecord = {
    id: crypto.randomUUID(),
    userId: options.userId,
    alg: options.alg,
    accessTtl: options.accessTtl,
    createdAt: now,
    expiresAt: now + REFRESH_FAMILY_TTL_S * 1000,
    revokedAt: null,
    revokedReason: null,
  }
  const expiresAt = Math.min(now + REFRESH_TOKEN_TTL_S * 1000, family.expiresAt)
  await store.refresh.createFamily(family, {
    tokenHash: await hashRefreshToken(token),
    familyId: family.id,
    createdAt: now,
    expiresAt,
    usedAt: null,
  })
  return { token, familyId: family.id, expiresAt }
}

/** The next token of a family, after a rotation. */
export interface RotatedRefreshToken {
  token: string
  expiresAt: number
  family: RefreshFamilyRecord
}

/**
 * Spends `token` and returns the next one of its family, or REFRESH_TOKEN_INVALID, _EXPIRED,
 * _REVOKED, or _REUSED (after revoking the family).
 */
export async function rotateRefreshToken(
  store: Store,
  token: string,
  now = Date.now(),
): Promise<AuthResult<RotatedRefreshToken>> {
  const found = await store.refresh.findToken(await hashRefreshToken(token))
  if (!found) return authFailure('REFRESH_TOKEN_INVALID', 'This refresh token is not known.')
  const { token: record, family } = found
  if (family.revokedAt !== null) {
    return authFailure('REFRESH_TOKEN_REVOKED', 'This session was revoked; log in again.')
  }
  if (record.usedAt === null && (record.expiresAt <= now || family.expiresAt <= now)) {
    return authFailure('REFRESH_TOKEN_EXPIRED', 'This refresh token has expired; log in again.')
  }
  // The conditional UPDATE is the lock: of two requests racing with one token, only one wins.
  const won = await store.refresh.markUsed(record.tokenHash, now)
  if (!won) {
    await store.refresh.revokeFamily(family.id, now, 'reuse')
    return authFailure(
      'REFRESH_TOKEN_REUSED',
      'This refresh token was already used. The whole session is now revoked; log in again.',
    )
  }
  const next = newRefreshToken()
  const expiresAt = Math.min(now + REFRESH_TOKEN_TTL_S * 1000, family.expiresAt)
  await store.refresh.addToken({
    tokenHash: await hashRefreshToken(next),
    familyId: family.id,
    createdAt: now,
    expiresAt,
    usedAt: null,
  })
  return { ok: true, token: next, expiresAt, family }
}

/** Revokes the family of `token` (logout). Unknown tokens are ignored: logout always succeeds. */
export async function revokeRefreshFamily(store: Store, token: string, now = Date.now()) {
  const found = await store.refresh.findToken(await hashRefreshToken(token))
  if (found) await store.refresh.revokeFamily(found.family.id, now, 'logout')
  return found !== null
}
