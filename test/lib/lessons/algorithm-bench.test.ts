import { importJWK, jwtVerify } from 'jose'
import { describe, expect, it } from 'vitest'
import { benchAlgorithm, BENCH_ALGS, median, timePerOperation } from '@/lib/lessons/algorithm-bench'

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([7])).toBe(7)
    expect(() => median([])).toThrow(RangeError)
  })
})

describe('timePerOperation', () => {
  it('sizes a round to the minimum duration and reports the median time of one call', async () => {
    // 2 ms a call: rounds of 1, 2, 4, 8, then 16 calls (32 ms) find the size; then one slow round.
    let clock = 0
    let calls = 0
    const calibration = 1 + 2 + 4 + 8 + 16
    const operation = async () => {
      calls += 1
      const slow = calls > calibration + 16 && calls <= calibration + 32
      clock += slow ? 50 : 2
    }
    const { ms, batch } = await timePerOperation(operation, {
      now: () => clock,
      runs: 5,
      minRoundMs: 20,
    })
    expect(batch).toBe(16)
    expect(calls).toBe(calibration + 5 * 16)
    // One round of five was slow: the median ignores it.
    expect(ms).toBe(2)
  })

  it('a slow first call does not shrink the rounds below what a coarse clock can see', async () => {
    // A clock with 0.1 ms ticks, as browsers give pages; the first call is cold (10 ms), every
    // later one takes 3 µs, like HMAC in Chromium.
    let exact = 0
    let calls = 0
    const now = () => Math.floor(exact / 0.1) * 0.1
    const operation = async () => {
      calls += 1
      exact += calls === 1 ? 10 : 0.003
    }
    const { ms, batch } = await timePerOperation(operation, { now, runs: 5, minRoundMs: 20 })
    expect(batch * 0.003).toBeGreaterThanOrEqual(20)
    expect(ms).toBeGreaterThan(0.0025)
    expect(ms).toBeLessThan(0.0035)
  })

  it('stops between rounds once the signal aborts', async () => {
    const controller = new AbortController()
    let calls = 0
    const run = timePerOperation(
      async () => {
        calls += 1
        if (calls === 3) controller.abort()
      },
      { runs: 5, minRoundMs: 0, signal: controller.signal },
    )
    await expect(run).rejects.toMatchObject({ name: 'AbortError' })
    expect(calls).toBeLessThan(6)
  })
})

describe('benchAlgorithm', () => {
  const SIGNATURE_BYTES = { HS256: 32, RS256: 256, PS256: 256, ES256: 64, Ed25519: 64 }

  it.each(BENCH_ALGS)(
    '%s: a token jose verifies with the key measured, and its sizes',
    async (alg) => {
      const result = await benchAlgorithm(alg, { runs: 3, minRoundMs: 1 })
      expect(result.signatureBytes).toBe(SIGNATURE_BYTES[alg])
      expect(result.tokenLength).toBe(result.token.length)
      const key = await importJWK(
        { ...result.jwk, alg } as never,
        alg === 'Ed25519' ? 'EdDSA' : alg,
      )
      const { payload, protectedHeader } = await jwtVerify(result.token, key, {
        algorithms: [alg === 'Ed25519' ? 'EdDSA' : alg, alg],
      })
      expect(protectedHeader.alg).toBe(alg)
      expect(payload.sub).toBe('42')
      if (alg === 'HS256') {
        expect(result.secretBytes).toBe(32)
        expect(result.publicJwkBytes).toBeUndefined()
      } else {
        expect(result.publicPemBytes).toBeGreaterThan(0)
        // What a JWKS publishes: the public members only, never a private one.
        expect(Object.keys(result.jwk).sort()).not.toContain('d')
        expect(result.publicJwkBytes).toBe(JSON.stringify(result.jwk).length)
      }
      for (const ms of [result.keygenMs, result.signMs, result.verifyMs])
        expect(ms).toBeGreaterThanOrEqual(0)
    },
  )
})
