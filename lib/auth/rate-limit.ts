import 'server-only'

/**
 * @module Per-address limits on login and registration (rate-limiter-flexible). On SQLite they
 * count in memory: per process, reset on restart, which is right for one instance. On PostgreSQL
 * they count in the database (RateLimiterPostgres, table `rate_limits`), so every instance
 * sharing it counts together. The only module that knows the backend. The per-account limit is
 * not here: it lives in the store (./login-throttle).
 */
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'
import { getStore, type Store } from '@/lib/db'
import { loginLimits } from './config'
import { authFailure, retryAfterSeconds, type AuthResult } from './result'

interface Limiters {
  loginPerIp: RateLimiterAbstract
  registerPerIp: RateLimiterAbstract
}

let limiters: Promise<Limiters> | undefined

function newLimiter(
  store: Store,
  keyPrefix: string,
  points: number,
  duration: number,
): RateLimiterAbstract {
  if (!store.postgresPool) return new RateLimiterMemory({ keyPrefix, points, duration })
  return new RateLimiterPostgres({
    storeClient: store.postgresPool,
    storeType: 'pool',
    // Made by migration 3, so instances starting together never race to create it.
    tableName: 'rate_limits',
    tableCreated: true,
    keyPrefix,
    points,
    duration,
  })
}

function getLimiters(): Promise<Limiters> {
  if (!limiters) {
    const limits = loginLimits()
    const created = getStore().then((store) => ({
      loginPerIp: newLimiter(store, 'login-ip', limits.perIp, limits.windowSeconds),
      registerPerIp: newLimiter(store, 'register-ip', limits.registerPerIp, limits.windowSeconds),
    }))
    // A store that failed to open is retried on the next request, not cached.
    created.catch(() => {
      if (limiters === created) limiters = undefined
    })
    limiters = created
  }
  return limiters
}

/** Forgets every counter (in memory, or the shared table on PostgreSQL) and rereads the limits (tests). */
export async function resetRateLimits(): Promise<void> {
  limiters = undefined
  const store = await getStore()
  await store.postgresPool?.query('DELETE FROM rate_limits')
}

async function consume(
  limiter: RateLimiterAbstract,
  client: string,
  what: string,
): Promise<AuthResult> {
  try {
    await limiter.consume(client)
    return { ok: true }
  } catch (error) {
    // Anything but the limiter's own refusal is a fault of the backend: a 500, not a 429.
    if (!(error instanceof RateLimiterRes)) throw error
    const seconds = retryAfterSeconds(error.msBeforeNext)
    return authFailure('RATE_LIMITED', `Too many ${what}. Try again in ${seconds} s.`, {
      retryAfter: seconds,
    })
  }
}

/** Counts a login attempt from `client` (a rate-limit key; RATE_LIMITED over the limit), before any argon2. */
export async function checkLoginAllowed(client: string): Promise<AuthResult> {
  const { loginPerIp } = await getLimiters()
  return consume(loginPerIp, client, 'login attempts from this address')
}

/** Counts a registration from `client` (a rate-limit key; RATE_LIMITED over the limit). */
export async function checkRegisterAllowed(client: string): Promise<AuthResult> {
  const { registerPerIp } = await getLimiters()
  return consume(registerPerIp, client, 'registrations from this address')
}
