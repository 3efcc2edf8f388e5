import 'server-only'

/**
 * @module Login and registration limits (rate-limiter-flexible, in memory: per process, reset on
 * restart; a multi-instance deployment would swap in a shared backend).
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { ApiError } from '@/lib/http'
import { loginLimits } from './config'

interface Limiters {
  loginPerIp: RateLimiterMemory
  failuresPerAccount: RateLimiterMemory
  registerPerIp: RateLimiterMemory
  perAccount: number
}

let limiters: Limiters | undefined

function getLimiters(): Limiters {
  if (!limiters) {
    const limits = loginLimits()
    const duration = limits.windowSeconds
    limiters = {
      loginPerIp: new RateLimiterMemory({ keyPrefix: 'login-ip', points: limits.perIp, duration }),
      failuresPerAccount: new RateLimiterMemory({
        keyPrefix: 'login-account',
        points: limits.perAccount,
        duration,
      }),
      registerPerIp: new RateLimiterMemory({
        keyPrefix: 'register-ip',
        points: limits.registerPerIp,
        duration,
      }),
      perAccount: limits.perAccount,
    }
  }
  return limiters
}

/** Forgets every counter and rereads the limits (tests). */
export function resetRateLimits(): void {
  limiters = undefined
}

function tooMany(msBeforeNext: number, what: string): ApiError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000))
  return new ApiError('RATE_LIMITED', `Too many ${what}. Try again in ${seconds} s.`, {
    headers: { 'Retry-After': String(seconds) },
    extra: { retryAfter: seconds },
  })
}

async function consume(limiter: RateLimiterMemory, key: string, what: string) {
  try {
    await limiter.consume(key)
  } catch (error) {
    if (error instanceof RateLimiterRes) throw tooMany(error.msBeforeNext, what)
    throw error
  }
}

/** Counts a login attempt from `ip` and refuses it (429) if the IP or the account is over its limit. */
export async function checkLoginAllowed(ip: string, account: string): Promise<void> {
  const { loginPerIp, failuresPerAccount, perAccount } = getLimiters()
  await consume(loginPerIp, ip, 'login attempts from this address')
  const failures = await failuresPerAccount.get(account)
  if (failures && failures.consumedPoints >= perAccount) {
    throw tooMany(failures.msBeforeNext, 'failed logins for this account')
  }
}

export async function recordLoginFailure(account: string): Promise<void> {
  await getLimiters()
    .failuresPerAccount.penalty(account)
    .catch(() => {})
}

export async function recordLoginSuccess(account: string): Promise<void> {
  await getLimiters().failuresPerAccount.delete(account)
}

export async function checkRegisterAllowed(ip: string): Promise<void> {
  await consume(getLimiters().registerPerIp, ip, 'registrations from this address')
}
