/**
 * @module algorithm-bench — the algorithms-and-keys lesson's measurements, on the reader's own
 * machine: a fresh key of each kind from Web Crypto, the size of what you would publish (public
 * JWK and PEM, or the HMAC secret), the signature and token sizes, and the time to generate, sign
 * and verify. Web Crypto only (no jose); `subtle` and `now` are parameters so tests run it in Node.
 */
import { encodeBase64url } from '@/lib/jwt/base64url-encode'
import { toPem } from '@/lib/jwt/pem'

export const BENCH_ALGS = ['HS256', 'RS256', 'PS256', 'ES256', 'Ed25519'] as const
export type BenchAlg = (typeof BENCH_ALGS)[number]

const RSA = { modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }

/** Web Crypto's names for each JWS algorithm (RFC 7518 §3, RFC 9864 for Ed25519). */
const PARAMS: Record<
  BenchAlg,
  {
    generate: RsaHashedKeyGenParams | EcKeyGenParams | HmacKeyGenParams | Algorithm
    sign: AlgorithmIdentifier | RsaPssParams | EcdsaParams
  }
> = {
  HS256: { generate: { name: 'HMAC', hash: 'SHA-256', length: 256 }, sign: 'HMAC' },
  RS256: { generate: { name: 'RSASSA-PKCS1-v1_5', ...RSA }, sign: 'RSASSA-PKCS1-v1_5' },
  // RFC 7518 §3.5: the salt is as long as the hash.
  PS256: { generate: { name: 'RSA-PSS', ...RSA }, sign: { name: 'RSA-PSS', saltLength: 32 } },
  // Web Crypto's ECDSA signature is r || s, exactly the JWS form (not OpenSSL's DER).
  ES256: {
    generate: { name: 'ECDSA', namedCurve: 'P-256' },
    sign: { name: 'ECDSA', hash: 'SHA-256' },
  },
  Ed25519: { generate: { name: 'Ed25519' }, sign: 'Ed25519' },
}

/** The members a public JWK carries (RFC 7517/7518/8037); Web Crypto adds `ext` and `key_ops`. */
const PUBLIC_JWK_MEMBERS = ['kty', 'crv', 'n', 'e', 'x', 'y'] as const

/** One algorithm, measured. Sizes in bytes (the token in characters, which are bytes here). */
export interface BenchResult {
  alg: BenchAlg
  /** HS256: the shared secret's length; it is never published. */
  secretBytes?: number
  /** The public key as a JWK (JSON, no whitespace) and as an SPKI PEM. */
  publicJwkBytes?: number
  publicPemBytes?: number
  signatureBytes: number
  tokenLength: number
  /** Milliseconds per operation: key generation the median of KEYGEN_RUNS rounds, sign and verify of `runs`. */
  keygenMs: number
  signMs: number
  verifyMs: number
  /** How many operations each timed round ran (see {@link timePerOperation}). */
  signBatch: number
  verifyBatch: number
  runs: number
  token: string
  /** The public key as measured, for a check elsewhere (HS256: the secret, as an `oct` JWK). */
  jwk: JsonWebKey
}

export type BenchPhase = 'keygen' | 'sign' | 'verify'

export interface BenchOptions {
  subtle?: SubtleCrypto
  now?: () => number
  /** Timed rounds per operation; the median is reported. */
  runs?: number
  /** Each round runs at least this long, so the clock's coarse ticks (often 0.1 ms) hardly count. */
  minRoundMs?: number
  signal?: AbortSignal
  onPhase?: (alg: BenchAlg, phase: BenchPhase) => void
}

/**
 * The median of a non-empty list (the mean of the two middle values for an even count).
 *
 * @example median([3, 1, 2]) // => 2
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of nothing')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

function checkAborted(signal?: AbortSignal) {
  if (signal?.aborted) throw new DOMException('The measurement was cancelled.', 'AbortError')
}

/** Rounds of key generation: each RSA key takes a few hundred milliseconds. */
export const KEYGEN_RUNS = 3

/** The most calls one timed round makes (HMAC at ~3 µs a call needs ~7000 for 20 ms). */
const MAX_BATCH = 1 << 14

/**
 * Times `operation`: doubles the calls a round makes until one round lasts `minRoundMs` (so a
 * cold first call cannot make the rounds too short for a coarse clock to see), then runs `runs`
 * rounds of that size; returns the median time of one call in ms and the round size.
 */
export async function timePerOperation(
  operation: () => Promise<unknown>,
  { now = () => performance.now(), runs = 7, minRoundMs = 20, signal }: BenchOptions = {},
): Promise<{ ms: number; batch: number }> {
  const round = async (calls: number) => {
    checkAborted(signal)
    const start = now()
    for (let i = 0; i < calls; i += 1) await operation()
    return now() - start
  }
  let batch = 1
  while ((await round(batch)) < minRoundMs && batch < MAX_BATCH) batch *= 2
  const perCall: number[] = []
  for (let i = 0; i < runs; i += 1) perCall.push((await round(batch)) / batch)
  return { ms: median(perCall), batch }
}

const text = new TextEncoder()
// Copied into this realm's Uint8Array, as lib/jwt/hmac does, for jsdom and Web Crypto alike.
const bytesOf = (value: string) => new Uint8Array(text.encode(value))

/**
 * Generates a key for `alg`, signs one token with it, and measures sizes and times.
 * Throws an `AbortError` DOMException when `signal` aborts between operations.
 *
 * @example
 * const result = await benchAlgorithm('ES256', { runs: 5 })
 * result.signatureBytes // => 64
 */
export async function benchAlgorithm(
  alg: BenchAlg,
  options: BenchOptions = {},
): Promise<BenchResult> {
  const { subtle = crypto.subtle, now = () => performance.now(), runs = 7, signal } = options
  const params = PARAMS[alg]
  checkAborted(signal)
  options.onPhase?.(alg, 'keygen')
  // Timed like sign and verify (an EC key takes less than the browser's 0.1 ms clock tick), in
  // fewer rounds: an RSA key takes a good part of a second. The last key made is the one used.
  let generated: CryptoKey | CryptoKeyPair | undefined
  const keygen = await timePerOperation(
    async () => (generated = await subtle.generateKey(params.generate, true, ['sign', 'verify'])),
    { ...options, now, runs: KEYGEN_RUNS, signal },
  )
  const keygenMs = keygen.ms
  if (!generated) throw new Error(`${alg}: no key generated`)
  const pair = 'privateKey' in generated ? generated : null
  const signingKey = pair ? pair.privateKey : (generated as CryptoKey)
  const verifyingKey = pair ? pair.publicKey : (generated as CryptoKey)

  const exported = await subtle.exportKey('jwk', verifyingKey)
  const jwk: JsonWebKey = {}
  for (const member of PUBLIC_JWK_MEMBERS) {
    if (exported[member] !== undefined) jwk[member] = exported[member] as string
  }
  const sizes: Pick<BenchResult, 'secretBytes' | 'publicJwkBytes' | 'publicPemBytes'> = {}
  if (pair) {
    const spki = new Uint8Array(await subtle.exportKey('spki', verifyingKey))
    sizes.publicJwkBytes = bytesOf(JSON.stringify(jwk)).length
    sizes.publicPemBytes = toPem('PUBLIC KEY', spki).length
  } else {
    jwk.k = exported.k
    sizes.secretBytes = (await subtle.exportKey('raw', verifyingKey)).byteLength
  }

  const header = encodeBase64url(JSON.stringify({ alg, typ: 'JWT' }))
  const payload = encodeBase64url(JSON.stringify({ sub: '42', name: 'Ada', iat: 1732492800 }))
  const input = bytesOf(`${header}.${payload}`)
  const signature = new Uint8Array(await subtle.sign(params.sign, signingKey, input))
  const token = `${header}.${payload}.${encodeBase64url(signature)}`

  const timing = { ...options, now, runs, signal }
  options.onPhase?.(alg, 'sign')
  const sign = await timePerOperation(() => subtle.sign(params.sign, signingKey, input), timing)
  options.onPhase?.(alg, 'verify')
  const verify = await timePerOperation(async () => {
    if (!(await subtle.verify(params.sign, verifyingKey, signature, input)))
      throw new Error(`${alg}: the signature just made does not verify`)
  }, timing)

  return {
    alg,
    ...sizes,
    signatureBytes: signature.length,
    tokenLength: token.length,
    keygenMs,
    signMs: sign.ms,
    verifyMs: verify.ms,
    signBatch: sign.batch,
    verifyBatch: verify.batch,
    runs,
    token,
    jwk,
  }
}
