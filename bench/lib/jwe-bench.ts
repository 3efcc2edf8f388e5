/**
 * @module jwe-bench — decrypting a 64 KB JWE with lib/jwt (as the playground does), beside a
 * 64 KB JWS verified in the same run as the yardstick. Medians of single calls, in milliseconds;
 * issue 13's target is one frame (16 ms).
 */
import {
  decryptJwe,
  encodeBase64url,
  encryptJwe,
  generateJweKey,
  signToken,
  verifyToken,
  type JweKeyInput,
} from '../../lib/jwt/crypto'

export interface JweBenchRow {
  task: string
  medianMs: number
  p95Ms: number
  runs: number
}

/** The median and 95th percentile of `runs` single calls, after a few warm-up calls. */
async function time(fn: () => Promise<unknown>, runs: number) {
  for (let i = 0; i < 5; i++) await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return {
    medianMs: times[Math.floor(runs / 2)]!,
    p95Ms: times[Math.min(runs - 1, Math.floor(runs * 0.95))]!,
  }
}

/** A claims set of about `bytes` bytes of JSON. */
function bigPayload(bytes: number): string {
  const filler = 'x'.repeat(Math.max(0, bytes - 40))
  return JSON.stringify({ sub: '42', iat: 1_700_000_000, data: filler })
}

/** Runs the JWE measurements; `runs` single calls each (default 50). */
export async function runJweBench(runs = 50) {
  // base64url makes 3 bytes 4 characters: 48 KiB of plaintext is a 64 KiB compact JWE.
  const plaintext = bigPayload(48 * 1024 - 64)
  const rows: JweBenchRow[] = []
  const secret = await generateJweKey('dir', 'A256GCM')
  const pair = await generateJweKey('RSA-OAEP-256', 'A256GCM')
  if (!secret.ok || secret.kind !== 'secret' || !pair.ok || pair.kind !== 'pair')
    throw new Error('JWE bench keys')
  const cases: Array<[string, string, JweKeyInput, JweKeyInput]> = [
    [
      'dir',
      'A256GCM',
      { text: secret.base64url, encoding: 'base64url' },
      { text: secret.base64url, encoding: 'base64url' },
    ],
    ['RSA-OAEP-256', 'A256GCM', { text: pair.publicPem }, { text: pair.privatePem }],
  ]
  for (const [alg, enc, encryptKey, decryptKey] of cases) {
    const made = await encryptJwe(plaintext, { alg, enc, key: encryptKey })
    if (!made.ok) throw new Error(`JWE bench: ${made.code}`)
    const check = await decryptJwe(made.token, decryptKey)
    if (!check.ok || check.text !== plaintext) throw new Error(`JWE bench: ${alg} does not decrypt`)
    const kib = (made.token.length / 1024).toFixed(0)
    rows.push({
      task: `decrypt ${alg} + ${enc}, ${kib} KiB JWE`,
      ...(await time(() => decryptJwe(made.token, decryptKey), runs)),
      runs,
    })
  }
  // The yardstick: a JWS of the same size, verified the same way (HS256, lib/jwt's verifyToken).
  const key = {
    kind: 'secret' as const,
    value: encodeBase64url(crypto.getRandomValues(new Uint8Array(32))),
    encoding: 'base64url' as const,
  }
  const signed = await signToken('{"alg":"HS256","typ":"JWT"}', plaintext, { key })
  if (!signed.ok) throw new Error(`JWS yardstick: ${signed.code}`)
  rows.push({
    task: `verify HS256, ${(signed.token.length / 1024).toFixed(0)} KiB JWS (yardstick)`,
    ...(await time(() => verifyToken(signed.token, { key, algorithms: ['HS256'] }), runs)),
    runs,
  })
  return {
    data: rows,
    headers: ['task', 'median ms', 'p95 ms', 'runs', 'within 16 ms'],
    rows: rows.map((r) => [
      r.task,
      r.medianMs.toFixed(2),
      r.p95Ms.toFixed(2),
      r.runs,
      r.medianMs < 16 ? 'yes' : 'no',
    ]),
  }
}
