/**
 * @module The labs' own per-client limits (rate-limiter-flexible, in memory, per process): every
 * lab request counts against LAB_REQUESTS_PER_MINUTE (default 120), and starting an instance
 * also against LAB_SESSIONS_PER_MINUTE (default 20), since it makes keys.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

function perMinute(name: string, fallback: number): number {
  const raw = process.env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer.`)
  return value
}

let limiters: { request: RateLimiterMemory; session: RateLimiterMemory } | undefined

function getLimiters() {
  limiters ??= {
    request: new RateLimiterMemory({
      keyPrefix: 'labs',
      points: perMinute('LAB_REQUESTS_PER_MINUTE', 120),
      duration: 60,
    }),
    session: new RateLimiterMemory({
      keyPrefix: 'labs-session',
      points: perMinute('LAB_SESSIONS_PER_MINUTE', 20),
      duration: 60,
    }),
  }
  return limiters
}

/** Counts one request of `client` (a rate-limit key); `retryAfter` seconds when over a limit. */
export async function consumeLabBudget(
  client: string,
  kind: 'request' | 'session',
): Promise<{ ok: true } | { ok: false; retryAfter: number }> {
  const all = getLimiters()
  try {
    await all.request.consume(client)
    if (kind === 'session') await all.session.consume(client)
    return { ok: true }
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error
    return { ok: false, retryAfter: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) }
  }
}

/** Forgets every counter and rereads the limits (tests). */
export function resetLabRateLimits(): void {
  limiters = undefined
}
