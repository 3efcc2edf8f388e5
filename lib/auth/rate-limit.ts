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
import { ApiError, rateLimitKey } from '@/lib/http'
import { loginLimits } from './config'

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

async function consume(limiter: RateLimiterAbstract, address: string, what: string) {
  try {
    await limiter.consume(rateLimitKey(address))
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error
    const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000))
    throw new ApiError('RATE_LIMITED', `Too many ${what}. Try again in ${seconds} s.`, {
      headers: { 'Retry-After': String(seconds) },
      extra: { retryAfter: seconds },
    })
  }
}

/** Counts a login attempt from `address` (429 RATE_LIMITED over the limit), before any argon2. */
export async function checkLoginAllowed(address: string): Promise<void> {
  const { loginPerIp } = await getLimiters()
  await consume(loginPerIp, address, 'login attempts from this address')
}

/** Counts a registration from `address` (429 RATE_LIMITED over the limit). */
export async function checkRegisterAllowed(address: string): Promise<void> {
  const { registerPerIp } = await getLimiters()
  await consume(registerPerIp, address, 'registrations from this address')
}
