/**
 * @module jwt-bench — the core of `npm run bench:jwt`, reusable by `npm run bench`:
 * lib/jwt beside jose's own calls and jsonwebtoken, measured in the same run.
 */
import {
  decodeJwt,
  decodeProtectedHeader,
  exportJWK,
  exportSPKI,
  generateKeyPair,
  importJWK,
  jwtVerify,
} from 'jose'
import jsonwebtoken from 'jsonwebtoken'
import {
  decodeToken,
  generateHmacSecret,
  signToken,
  verifyToken,
  type KeyInput,
} from '../../lib/jwt/crypto'

/** One timing: median ops/s over the rounds, and the mean time of one call in that round. */
export interface Measurement {
  opsPerSecond: number
  meanMicros: number
}

/** Runs `fn` in time-boxed rounds and keeps the median round (the machine is shared and noisy). */
export async function measure(
  fn: () => unknown,
  { rounds = 5, roundMs = 200, warmupMs = 100 } = {},
): Promise<Measurement> {
  const isAsync = fn() instanceof Promise
  const round = async (ms: number) => {
    let count = 0
    let elapsed = 0
    const start = performance.now()
    while (elapsed < ms) {
      // Batches keep clock reads from dominating very fast calls.
      for (let i = 0; i < 8; i++) {
        if (isAsync) await fn()
        else fn()
      }
      count += 8
      elapsed = performance.now() - start
    }
    return (count * 1000) / elapsed
  }
  await round(warmupMs)
  const results: number[] = []
  for (let r = 0; r < rounds; r++) results.push(await round(roundMs))
  results.sort((a, b) => a - b)
  const opsPerSecond = results[Math.floor(results.length / 2)]!
  return { opsPerSecond, meanMicros: 1e6 / opsPerSecond }
}

/** One benchmark row: a task, and each implementation's figures (null where it does not apply). */
export interface JwtBenchRow {
  task: string
  ours: Measurement
  jose: Measurement | null
  jsonwebtoken: Measurement | null
}

const PAYLOAD = {
  sub: '1234567890',
  name: 'Jane Doe',
  iat: 1_700_000_000,
  exp: 4_102_444_800,
  roles: ['reader'],
}
const VERIFY_ALGS = [
  'HS256',
  'HS512',
  'RS256',
  'PS256',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
] as const
// jsonwebtoken 9 has no EdDSA.
const JSONWEBTOKEN_ALGS = new Set(['HS256', 'HS512', 'RS256', 'PS256', 'ES256', 'ES384', 'ES512'])

async function fixture(alg: (typeof VERIFY_ALGS)[number]) {
  const header = JSON.stringify({ alg, typ: 'JWT' })
  if (alg.startsWith('HS')) {
    const secret = generateHmacSecret(alg)
    if (!secret.ok) throw new Error(secret.code)
    const key: KeyInput = { kind: 'secret', value: secret.hex, encoding: 'hex' }
    const signed = await signToken(header, JSON.stringify(PAYLOAD), { key })
    if (!signed.ok) throw new Error(signed.code)
    return {
      token: signed.token,
      ourKey: key,
      joseKey: secret.bytes,
      nodeKey: Buffer.from(secret.bytes),
    }
  }
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true })
  const privateJwk = await exportJWK(privateKey)
  const signed = await signToken(header, JSON.stringify(PAYLOAD), {
    key: { kind: 'jwk', value: privateJwk },
  })
  if (!signed.ok) throw new Error(signed.code)
  const publicJwk = await exportJWK(publicKey)
  return {
    token: signed.token,
    ourKey: { kind: 'jwk', value: publicJwk } as KeyInput,
    joseKey: await importJWK(publicJwk, alg),
    nodeKey: await exportSPKI(publicKey),
  }
}

function bigToken(): string {
  // About 64 KiB of claims, the size the playground must handle.
  const claims = { ...PAYLOAD, data: 'x'.repeat(47 * 1024) }
  const header = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url')
  return `${header}.${payload}.${Buffer.from('sig').toString('base64url')}`
}

/** Options for {@link runJwtBench}. */
export interface JwtBenchOptions {
  rounds?: number
  roundMs?: number
}

/**
 * Measures decode (typical and 64 KiB token) and verify per algorithm for lib/jwt, jose and
 * jsonwebtoken. lib/jwt's verify resolves the key from its text form (JWK / hex secret) on
 * every call, as the playground does; jose gets a key imported once, jsonwebtoken a PEM or
 * Buffer (it builds a KeyObject per call). Returns rows plus a ready table.
 *
 * @example
 * const { headers, rows } = await runJwtBench({ rounds: 3 })
 */
export async function runJwtBench(options: JwtBenchOptions = {}) {
  const opts = { rounds: options.rounds ?? 5, roundMs: options.roundMs ?? 200 }
  const data: JwtBenchRow[] = []
  const typical = (await fixture('HS256')).token
  const big = bigToken()
  for (const [task, token] of [
    [`decode, typical token (${typical.length} B)`, typical],
    [`decode, 64 KB token (${(big.length / 1024).toFixed(0)} KiB)`, big],
  ] as const) {
    data.push({
      task,
      ours: await measure(() => decodeToken(token), opts),
      jose: await measure(() => (decodeProtectedHeader(token), decodeJwt(token)), opts),
      jsonwebtoken: await measure(() => jsonwebtoken.decode(token, { complete: true }), opts),
    })
  }
  for (const alg of VERIFY_ALGS) {
    const f = await fixture(alg)
    const check = await verifyToken(f.token, { key: f.ourKey, algorithms: [alg] })
    if (!check.ok || !check.valid) throw new Error(`bench fixture for ${alg} does not verify`)
    data.push({
      task: `verify ${alg}`,
      ours: await measure(() => verifyToken(f.token, { key: f.ourKey, algorithms: [alg] }), opts),
      jose: await measure(() => jwtVerify(f.token, f.joseKey, { algorithms: [alg] }), opts),
      jsonwebtoken: JSONWEBTOKEN_ALGS.has(alg)
        ? await measure(
            () =>
              jsonwebtoken.verify(f.token, f.nodeKey, {
                algorithms: [alg as jsonwebtoken.Algorithm],
              }),
            opts,
          )
        : null,
    })
  }
  const cell = (m: Measurement | null) =>
    m
      ? `${Math.round(m.opsPerSecond).toLocaleString('en-US')} ops/s · ${m.meanMicros.toFixed(1)} µs`
      : 'n/a'
  const headers = ['task', 'lib/jwt', 'jose (yardstick)', 'jsonwebtoken']
  const rows = data.map((r) => [r.task, cell(r.ours), cell(r.jose), cell(r.jsonwebtoken)])
  return { headers, rows, data }
}
