import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { checkClaims, explainClaims, relativeTime, tokenState, tokenWarnings } from '@/lib/jwt'

const NOW = new Date('2025-06-01T12:00:00Z')
const now = NOW.getTime() / 1000

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(NOW)
})
afterEach(() => vi.useRealTimers())

describe('checkClaims', () => {
  const cases: Array<
    [string, Record<string, unknown>, Parameters<typeof checkClaims>[2], string[]]
  > = [
    ['all fine', { exp: now + 60, nbf: now - 60, iat: now - 60 }, {}, []],
    ['expired', { exp: now - 1 }, {}, ['ERR_CLAIM_EXPIRED']],
    ['expires exactly now', { exp: now }, {}, ['ERR_CLAIM_EXPIRED']],
    ['not yet valid', { nbf: now + 1 }, {}, ['ERR_CLAIM_NOT_YET_VALID']],
    ['issued in the future', { iat: now + 120 }, {}, ['ERR_CLAIM_IAT_FUTURE']],
    ['tolerance', { exp: now - 5, nbf: now + 5 }, { clockTolerance: 10 }, []],
    ['exp as text', { exp: '1700000000' }, {}, ['ERR_CLAIM_NOT_NUMERIC_DATE']],
    ['exp Infinity', { exp: Infinity }, {}, ['ERR_CLAIM_NOT_NUMERIC_DATE']],
    ['exp required', {}, { required: ['exp'] }, ['ERR_CLAIM_MISSING']],
    [
      'iss matches',
      { iss: 'https://id.example' },
      { expected: { iss: ['https://id.example'] } },
      [],
    ],
    [
      'iss differs',
      { iss: 'https://evil.example' },
      { expected: { iss: 'https://id.example' } },
      ['ERR_CLAIM_ISS_MISMATCH'],
    ],
    ['iss missing', {}, { expected: { iss: 'https://id.example' } }, ['ERR_CLAIM_MISSING']],
    ['iss not a string', { iss: 1 }, {}, ['ERR_CLAIM_INVALID_TYPE']],
    ['aud in array', { aud: ['a', 'api'] }, { expected: { aud: 'api' } }, []],
    ['aud differs', { aud: 'web' }, { expected: { aud: 'api' } }, ['ERR_CLAIM_AUD_MISMATCH']],
    ['aud bad type', { aud: [1] }, {}, ['ERR_CLAIM_INVALID_TYPE']],
    ['sub differs', { sub: 'bob' }, { expected: { sub: 'alice' } }, ['ERR_CLAIM_SUB_MISMATCH']],
    ['jti required', {}, { required: ['jti'] }, ['ERR_CLAIM_MISSING']],
    [
      'two failures',
      { exp: now - 1, iss: 'x' },
      { expected: { iss: 'y' } },
      ['ERR_CLAIM_EXPIRED', 'ERR_CLAIM_ISS_MISMATCH'],
    ],
  ]
  it.each(cases)('%s', (_name, payload, options, codes) => {
    const report = checkClaims(payload, {}, options)
    expect(report.failures.map((f) => f.code)).toEqual(codes)
    expect(report.ok).toBe(codes.length === 0)
    expect(report.now).toBe(now)
  })

  it.each([
    ['JWT', 'JWT', true],
    ['jwt', 'application/jwt', true],
    ['at+jwt', 'JWT', false],
  ])('typ %s against expected %s', (typ, expected, ok) => {
    const report = checkClaims({}, { typ }, { expected: { typ: expected } })
    expect(report.failures.map((f) => f.code)).toEqual(ok ? [] : ['ERR_CLAIM_TYP_MISMATCH'])
  })

  it('reports a non-object payload once', () => {
    expect(checkClaims(undefined, {}).failures.map((f) => f.code)).toEqual([
      'ERR_PAYLOAD_NOT_CLAIMS',
    ])
  })
})

describe('explainClaims and tokenState', () => {
  it('explains registered, OIDC and custom claims, with times at now', () => {
    const explained = explainClaims({ exp: now + 180, email: 'a@b.c', role: 'admin' })
    expect(explained).toEqual([
      {
        claim: 'exp',
        id: 'exp',
        kind: 'registered',
        value: now + 180,
        time: {
          seconds: now + 180,
          iso: '2025-06-01T12:03:00.000Z',
          relative: { seconds: 180, value: 3, unit: 'minute' },
        },
      },
      { claim: 'email', id: 'email', kind: 'oidc', value: 'a@b.c' },
      { claim: 'role', id: undefined, kind: 'custom', value: 'admin' },
    ])
  })

  it('leaves the time out when a date claim is not a finite number', () => {
    expect(explainClaims({ exp: 1e309 })[0]).not.toHaveProperty('time')
    expect(explainClaims({ exp: 8.64e15 + 1 })[0]?.time?.iso).toBeUndefined()
  })

  it.each([
    [{ exp: now + 3600 }, { state: 'valid', expiresIn: { seconds: 3600, value: 1, unit: 'hour' } }],
    [{ sub: 'x' }, { state: 'no-expiry' }],
    [
      { exp: now - 180 },
      { state: 'expired', expiredAgo: { seconds: -180, value: -3, unit: 'minute' } },
    ],
    [
      { nbf: now + 2 * 86400 },
      { state: 'not-yet-valid', validIn: { seconds: 172800, value: 2, unit: 'day' } },
    ],
    [{ exp: 'soon' }, { state: 'invalid-time', claim: 'exp' }],
  ])('tokenState(%j)', (payload, state) => {
    expect(tokenState(payload)).toEqual(state)
  })

  it('relativeTime picks the largest unit', () => {
    expect(relativeTime(100, 100)).toEqual({ seconds: 0, value: 0, unit: 'second' })
    expect(relativeTime(145, 100)).toEqual({ seconds: 45, value: 45, unit: 'second' })
    expect(relativeTime(0, 400 * 86400)).toEqual({ seconds: -400 * 86400, value: -1, unit: 'year' })
  })
})

describe('tokenWarnings', () => {
  const codes = (header: Record<string, unknown>, claims?: Record<string, unknown>) =>
    tokenWarnings(header, claims).map((w) => w.code)

  it.each([
    [{ alg: 'none' }, { exp: now }, ['WARN_ALG_NONE']],
    [{ alg: 'HS256' }, { sub: 'x' }, ['WARN_NO_EXP']],
    [{ alg: 'HS256' }, { iat: now, exp: now + 2 * 86400 }, ['WARN_LONG_LIFETIME']],
    [{ alg: 'HS256' }, { exp: NOW.getTime() + 60000 }, ['WARN_EXP_IN_MILLISECONDS']],
    // A millisecond exp whose 13 digits happen to pass the Luhn check is still no card number.
    [{ alg: 'HS256' }, { exp: 1795565081902 }, ['WARN_EXP_IN_MILLISECONDS']],
    [{ alg: 'HS256' }, { exp: now, created_ms: 1795565081902 }, []],
    [{ alg: 'HS256' }, { exp: now, card: 4111111111111111 }, ['WARN_CARD_NUMBER']],
    [{ alg: 'HS256' }, { exp: now, password: 'hunter2' }, ['WARN_SENSITIVE_CLAIM']],
    [{ alg: 'HS256' }, { exp: now, user: { pwd: 'x' } }, ['WARN_SENSITIVE_CLAIM']],
    [{ alg: 'HS256' }, { exp: now, card: '4111 1111 1111 1111' }, ['WARN_CARD_NUMBER']],
    [{ alg: 'HS256' }, { exp: now, phone: '4111 1111 1111 1112' }, []],
    [
      { alg: 'RS256', jku: 'https://x', x5u: 'https://y', jwk: {} },
      { exp: now },
      ['WARN_HEADER_JKU', 'WARN_HEADER_X5U', 'WARN_HEADER_JWK'],
    ],
    [
      { alg: 'HS256', crit: ['b64'], b64: false },
      undefined,
      ['WARN_HEADER_CRIT', 'WARN_HEADER_B64'],
    ],
  ])('%j %j', (header, claims, expected) => {
    expect(codes(header, claims)).toEqual(expected)
  })
})
