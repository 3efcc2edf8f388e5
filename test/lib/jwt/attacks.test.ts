import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { exportSPKI, generateKeyPair, SignJWT, exportJWK } from 'jose'
import { encodeBase64url, signToken, verifyToken } from '@/lib/jwt/crypto'

const SECRET = 'a-string-secret-at-least-256-bits-long'
const key = { kind: 'secret' as const, value: SECRET }
const NOW = new Date('2025-06-01T12:00:00Z')
const nowSeconds = NOW.getTime() / 1000
const b64 = encodeBase64url

async function hs256(payload: object, header: object = { alg: 'HS256', typ: 'JWT' }) {
  const signed = await signToken(JSON.stringify(header), JSON.stringify(payload), { key })
  if (!signed.ok) throw new Error(signed.code)
  return signed.token
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(NOW)
})
afterEach(() => vi.useRealTimers())

describe('attacks, each with its exact code', () => {
  it.each(['none', 'None', 'NONE', 'nOnE'])('alg %s is refused, even when listed', async (alg) => {
    const token = `${b64(JSON.stringify({ alg }))}.${b64('{"sub":"admin"}')}.`
    const result = await verifyToken(token, { key, algorithms: ['HS256', alg] })
    expect(result).toMatchObject({ ok: false, code: 'ERR_ALG_NONE', stage: 'algorithm' })
  })

  it('a stripped signature is ERR_SIGNATURE_MISSING', async () => {
    const token = await hs256({ sub: 'a', exp: nowSeconds + 60 })
    const stripped = token.slice(0, token.lastIndexOf('.') + 1)
    expect(await verifyToken(stripped, { key, algorithms: ['HS256'] })).toMatchObject({
      code: 'ERR_SIGNATURE_MISSING',
    })
  })

  it('RS256→HS256 confusion: warned, and refused when the allow-list says RS256', async () => {
    const { publicKey } = await generateKeyPair('RS256', { extractable: true })
    const publicPem = await exportSPKI(publicKey)
    // The attacker signs HS256 with the server's public PEM as the HMAC secret.
    const forged = await signToken('{"alg":"HS256"}', `{"sub":"admin","exp":${nowSeconds + 60}}`, {
      key: { kind: 'secret', value: publicPem },
    })
    expect(forged.ok && forged.warnings.map((w) => w.code)).toContain('WARN_SECRET_LOOKS_LIKE_KEY')
    const token = forged.ok ? forged.token : ''
    // A verifier that trusts alg and takes the PEM as a secret is fooled; we say so loudly.
    const naive = await verifyToken(token, {
      key: { kind: 'secret', value: publicPem },
      algorithms: ['HS256'],
    })
    expect(naive.ok && naive.warnings.map((w) => w.code)).toContain('WARN_SECRET_LOOKS_LIKE_KEY')
    // The right allow-list stops it before any key is used.
    const strict = await verifyToken(token, {
      key: { kind: 'pem', value: publicPem },
      algorithms: ['RS256'],
    })
    expect(strict).toMatchObject({
      ok: false,
      code: 'ERR_ALG_NOT_ALLOWED',
      alg: 'HS256',
      allowed: ['RS256'],
    })
    // And a PEM is never usable as an HMAC key, whatever the list says.
    const mixed = await verifyToken(token, {
      key: { kind: 'auto', value: publicPem },
      algorithms: ['RS256', 'HS256'],
    })
    expect(mixed).toMatchObject({ ok: false, code: 'ERR_KEY_TYPE_MISMATCH', stage: 'key' })
  })

  it('ECDSA r = s = 0 (CVE-2022-21449, "psychic signatures") is refused', async () => {
    const { publicKey } = await generateKeyPair('ES256', { extractable: true })
    const jwk = await exportJWK(publicKey)
    const token = `${b64('{"alg":"ES256"}')}.${b64('{"sub":"admin"}')}.${b64(new Uint8Array(64))}`
    expect(
      await verifyToken(token, { key: { kind: 'jwk', value: jwk }, algorithms: ['ES256'] }),
    ).toMatchObject({
      ok: false,
      code: 'ERR_SIGNATURE_INVALID',
    })
  })

  it('an embedded jwk header is ignored: the attacker key does not verify', async () => {
    const real = await generateKeyPair('ES256', { extractable: true })
    const attacker = await generateKeyPair('ES256', { extractable: true })
    const attackerJwk = await exportJWK(attacker.publicKey)
    const token = await new SignJWT({ sub: 'admin' })
      .setProtectedHeader({ alg: 'ES256', jwk: attackerJwk })
      .sign(attacker.privateKey)
    const result = await verifyToken(token, {
      key: { kind: 'jwk', value: await exportJWK(real.publicKey) },
      algorithms: ['ES256'],
    })
    expect(result).toMatchObject({ ok: false, code: 'ERR_SIGNATURE_INVALID' })
    expect(result.warnings.map((w) => w.code)).toContain('WARN_HEADER_JWK')
  })

  it('a tampered header or payload breaks the signature', async () => {
    const token = await hs256({ sub: 'alice', role: 'user', exp: nowSeconds + 60 })
    const [h, p, s] = token.split('.')
    const payload = b64(JSON.stringify({ sub: 'alice', role: 'admin', exp: nowSeconds + 60 }))
    const header = b64('{"alg":"HS256","typ":"JWT","kid":"x"}')
    for (const tampered of [`${h}.${payload}.${s}`, `${header}.${p}.${s}`])
      expect(await verifyToken(tampered, { key, algorithms: ['HS256'] })).toMatchObject({
        code: 'ERR_SIGNATURE_INVALID',
        stage: 'signature',
      })
  })

  it('expired and not yet valid at a frozen time: signature valid, claims not', async () => {
    const expired = await hs256({ sub: 'a', exp: nowSeconds - 180 })
    const early = await hs256({ sub: 'a', nbf: nowSeconds + 300, exp: nowSeconds + 900 })
    const a = await verifyToken(expired, { key, algorithms: ['HS256'] })
    expect(a).toMatchObject({ ok: true, valid: false })
    expect(a.ok && a.claims.failures).toEqual([
      { ok: false, code: 'ERR_CLAIM_EXPIRED', claim: 'exp', seconds: 180 },
    ])
    const b = await verifyToken(early, { key, algorithms: ['HS256'] })
    expect(b.ok && b.claims.failures).toEqual([
      { ok: false, code: 'ERR_CLAIM_NOT_YET_VALID', claim: 'nbf', seconds: 300 },
    ])
    // The clock tolerance absorbs small skews.
    const c = await verifyToken(expired, { key, algorithms: ['HS256'], clockTolerance: 200 })
    expect(c.ok && c.valid).toBe(true)
  })

  it('"exp": 1e309 parses as Infinity and is not a NumericDate', async () => {
    const signed = await signToken('{"alg":"HS256"}', '{"sub":"a","exp":1e309}', { key })
    const result = await verifyToken(signed.ok ? signed.token : '', { key, algorithms: ['HS256'] })
    expect(result.ok && result.valid).toBe(false)
    expect(result.ok && result.claims.failures.map((f) => f.code)).toEqual([
      'ERR_CLAIM_NOT_NUMERIC_DATE',
    ])
  })

  it('a 1 MB token is refused at once by the size limit', async () => {
    vi.useRealTimers()
    const huge = `${b64('{"alg":"HS256"}')}.${'A'.repeat(1024 * 1024)}.c2ln`
    const started = performance.now()
    const result = await verifyToken(huge, { key, algorithms: ['HS256'] })
    expect(result).toMatchObject({ ok: false, code: 'ERR_INPUT_TOO_LARGE', stage: 'decode' })
    // Not a timing assertion: just proof that nothing was decoded (no payload came back).
    expect(performance.now() - started).toBeGreaterThanOrEqual(0)
    expect(result.ok ? undefined : result.decoded).toBeUndefined()
  })
})

describe('verifyToken guards', () => {
  it.each([
    [[], 'ERR_ALLOWLIST_EMPTY'],
    [['RS256'], 'ERR_ALG_NOT_ALLOWED'],
    [['HS256X', 'HS256'], null],
  ] as const)('allow-list %j', async (algorithms, code) => {
    const token = await hs256({ sub: 'a', exp: nowSeconds + 60 })
    const result = await verifyToken(token, { key, algorithms: [...algorithms] })
    expect(result.ok ? null : result.code).toBe(code)
  })

  it.each([
    ['eyJ0eXAiOiJKV1QifQ.e30.c2ln', 'ERR_ALG_MISSING'],
    [`${b64('{"alg":"HS999"}')}.e30.c2ln`, 'ERR_ALG_UNSUPPORTED'],
    [`${b64('{"alg":"HS256","alg":"HS256"}')}.e30.c2ln`, 'ERR_DUPLICATE_KEY'],
    [`${b64('{"alg":"HS256"}')}.e30`, 'ERR_PARTIAL_TOKEN'],
    [`${b64('{"alg":"dir","enc":"A256GCM"}')}..aXY.Y3Q.dGFn`, 'ERR_JWE_NOT_SUPPORTED'],
    ['{"payload":"e30","signatures":[]}', 'ERR_JSON_SERIALIZATION'],
    [`${b64('{"alg":"HS256","crit":["exp"],"exp":1}')}.e30.c2ln`, 'ERR_CRIT_UNSUPPORTED'],
  ])('%s fails with %s', async (token, code) => {
    const result = await verifyToken(token, { key, algorithms: ['HS256', 'HS999'] })
    expect(result.ok ? 'ok' : result.code).toBe(code)
  })

  it('never throws, whatever the options', async () => {
    const token = await hs256({ sub: 'a' })
    const result = await verifyToken(token, { key: undefined as never, algorithms: ['HS256'] })
    expect(result).toMatchObject({ ok: false, code: 'ERR_KEY_MISSING' })
  })
})
