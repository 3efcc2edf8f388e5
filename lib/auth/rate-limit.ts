import 'server-only'

/**
 * @module Per-address limits on login and registration (rate-limiter-flexible, in memory: per
 * process, reset on restart). The only module that knows the backend: a shared one (e.g.
 * rate-limiter-flexible's PostgreSQL store) replaces `newLimiter` and nothing else. The
 * per-account limit is not here: it lives in the store (./login-throttle).
 */
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { ApiError, rateLimitKey } from '@/lib/http'
import { loginLimits } from './config'

interface Limiters {
  loginPerIp: RateLimiterAbstract
  registerPerIp: RateLimiterAbstract
}

let limiters: Limiters | undefined

function newLimiter(keyPrefix: string, points: number, duration: number): RateLimiterAbstract {
  return new RateLimiterMemory({ keyPrefix, points, duration })
}

function getLimiters(): Limiters {
  if (!limiters) {
    const limits = loginLimits()
    limiters = {
      loginPerIp: newLimiter('login-ip', limits.perIp, limits.windowSeconds),
      registerPerIp: newLimiter('register-ip', limits.registerPerIp, limits.windowSeconds),
    }
  }
  return limiters
}

/** Forgets every counter and rereads the limits (tests). */
export function resetRateLimits(): void {
  limiters = undefined
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
export function checkLoginAllowed(address: string): Promise<void> {
  return consume(getLimiters().loginPerIp, address, 'login attempts from this address')
}

/** Counts a registration from `address` (429 RATE_LIMITED over the limit). */
export function checkRegisterAllowed(address: string): Promise<void> {
  return consume(getLimiters().registerPerIp, address, 'registrations from this address')
}
