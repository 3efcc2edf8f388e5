import { delayAfter } from '@/lib/auth/login-throttle'

describe('delayAfter', () => {
  const policy = { freeAttempts: 5, baseDelayMs: 1000, maxDelayMs: 60_000 }

  it('waits nothing for the free attempts, then 1 s doubling up to the cap', () => {
    const delays = Array.from({ length: 14 }, (_, i) => delayAfter(i + 1, policy) / 1000)
    expect(delays).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60, 60])
  })

  it('stays at the cap for any number of attempts', () => {
    expect(delayAfter(10_000, policy)).toBe(60_000)
  })
})
