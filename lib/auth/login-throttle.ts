import 'server-only'

/**
 * @module Progressive login delays per account (OWASP "exponential lockout" without the lock).
 * An attempt takes its point before the password is checked, by compare-and-set on the store's
 * row for the account: of any number of parallel attempts, only as many as the policy allows
 * reach argon2, across every process sharing the database. Refused attempts change nothing, so
 * they cannot push the delay further out; a success deletes the row.
 */
import type { LoginThrottleRecord, Store } from '@/lib/db'
import { loginThrottlePolicy } from './config'

export type ThrottlePolicy = ReturnType<typeof loginThrottlePolicy>

export type ReservedAttempt = { ok: true } | { ok: false; retryAfterMs: number }

/** Compare-and-set rounds before giving up under contention (then: refused, fail closed). */
const MAX_ROUNDS = 50
const PRUNE_EVERY_MS = 60_000
let lastPrune = 0

/**
 * How long the next attempt must wait once `attempts` attempts went through since the last
 * success: nothing for the free ones, then 1 s, 2 s, 4 s … up to the cap.
 *
 * @example delayAfter(7, { freeAttempts: 5, baseDelayMs: 1000, maxDelayMs: 60_000 }) // 4000
 */
export function delayAfter(
  attempts: number,
  policy: Pick<ThrottlePolicy, 'freeAttempts' | 'baseDelayMs' | 'maxDelayMs'>,
): number {
  if (attempts < policy.freeAttempts) return 0
  const doublings = Math.min(attempts - policy.freeAttempts, 30)
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** doublings)
}

/**
 * Takes a login attempt for `key` if its delay has passed: `{ ok: true }` counts the attempt (as
 * a failure until `clearLoginThrottle` says otherwise); `{ ok: false, retryAfterMs }` changes
 * nothing.
 */
export async function reserveLoginAttempt(
  store: Store,
  key: string,
  now = Date.now(),
  policy: ThrottlePolicy = loginThrottlePolicy(),
): Promise<ReservedAttempt> {
  if (now - lastPrune > PRUNE_EVERY_MS) {
    lastPrune = now
    store.loginThrottle.deleteUpdatedBefore(now - policy.windowMs).catch(() => {})
  }
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const row = await store.loginThrottle.get(key)
    // A row untouched for the whole window is forgotten: it starts over from this attempt.
    const current = row && now - row.updatedAt < policy.windowMs ? row : null
    if (current && current.nextAttemptAt > now) {
      return { ok: false, retryAfterMs: current.nextAttemptAt - now }
    }
    const attempts = (current?.failures ?? 0) + 1
    const next: LoginThrottleRecord = {
      key,
      failures: attempts,
      nextAttemptAt: now + delayAfter(attempts, policy),
      updatedAt: now,
    }
    if (await store.loginThrottle.compareAndSet(row, next)) return { ok: true }
  }
  return { ok: false, retryAfterMs: policy.baseDelayMs }
}

/** A successful login: the account starts over with its free attempts. */
export function clearLoginThrottle(store: Store, key: string): Promise<void> {
  return store.loginThrottle.delete(key)
}
