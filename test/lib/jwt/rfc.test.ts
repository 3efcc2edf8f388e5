import { describe, expect, it } from 'vitest'
import {
  decodeBase64url,
  decodeToken,
  encodeBase64url,
  signToken,
  verifyToken,
} from '@/lib/jwt/crypto'
import { loadVector } from './helpers'

interface CookbookJws {
  title: string
  reproducible?: boolean
  input: { payload: string; key: Record<string, unknown>; alg: string }
  signing: { protected_b64u: string }
  output: { compact?: string }
}

const COOKBOOK = [
  'jws/4_1.rsa_v15_signature.json',
  'jws/4_2.rsa-pss_signature.json',
  'jws/4_3.ecdsa_signature.json',
  'jws/4_4.hmac-sha2_integrity_protection.json',
  'jws/4_5.signature_with_detached_content.json',
  'curve25519/jws.json',
].map((path) => [path, loadVector<CookbookJws>(`jose-cookbook/${path}`)] as const)

// Only 4.6-4.8 lack a compact form (they need unprotected headers or several signatures).
const DETERMINISTIC = new Set(['RS256', 'HS256', 'EdDSA'])

function attachedCompact(vector: CookbookJws): string {
  // 4.5 detaches the payload (`header..signature`); verifying means putting it back.
  const [header, payload, signature] = vector.output.compact!.split('.')
  return payload === ''
    ? `${header}.${encodeBase64url(vector.input.payload)}.${signature}`
    : vector.output.compact!
}

describe('RFC 7520 JWS cookbook', () => {
  it.each(COOKBOOK)('%s: the compact example verifies', async (_path, vector) => {
    const result = await verifyToken(attachedCompact(vector), {
      key: { kind: 'jwk', value: vector.input.key as never },
      algorithms: [vector.input.alg],
    })
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.alg).toBe(vector.input.alg)
      // The cookbook gives private JWKs; verification used their public half and said so.
      if (vector.input.key.kty !== 'oct')
        expect(result.warnings.map((w) => w.code)).toContain('WARN_PRIVATE_KEY_FOR_VERIFY')
    }
  })

  it.each(COOKBOOK.filter(([, v]) => DETERMINISTIC.has(v.input.alg)))(
    '%s: re-signs byte for byte',
    async (_path, vector) => {
      const header = decodeBase64url(vector.signing.protected_b64u)
      expect(header.ok).toBe(true)
      const headerText = new TextDecoder().decode(header.ok ? header.bytes : new Uint8Array())
      const signed = await signToken(headerText, vector.input.payload, {
        key: { kind: 'jwk', value: vector.input.key as never },
        allowNonJsonPayload: true,
      })
      expect(signed.ok && signed.token).toBe(attachedCompact(vector))
    },
  )

  it('the three deterministic algorithms are all covered', () => {
    const covered = new Set(
      COOKBOOK.map(([, v]) => v.input.alg).filter((a) => DETERMINISTIC.has(a)),
    )
    expect([...covered].sort()).toEqual(['EdDSA', 'HS256', 'RS256'])
  })
})

interface AppendixA {
  vectors: Array<{
    id: string
    alg: string
    jwk: Record<string, unknown> | null
    publicJwk?: Record<string, unknown>
    compact: string
    protectedHeaderDecoded: string
    payloadDecoded: string
  }>
}

describe('RFC 7515 Appendix A', () => {
  const { vectors } = loadVector<AppendixA>('rfc7515-appendix-a.json')
  const before = new Date('2011-03-22T18:00:00Z') // exp is 2011-03-22T18:43:00Z
  const after = new Date('2011-03-22T18:43:00Z')

  it.each(
    vectors.filter((v) => ['A.1', 'A.2', 'A.3'].includes(v.id)).map((v) => [v.id, v] as const),
  )('%s verifies, valid in 2011 before exp and expired from exp on', async (_id, vector) => {
    const key = { kind: 'jwk' as const, value: (vector.publicJwk ?? vector.jwk) as never }
    const early = await verifyToken(vector.compact, { key, algorithms: [vector.alg], now: before })
    expect(early.ok && early.valid).toBe(true)
    const late = await verifyToken(vector.compact, { key, algorithms: [vector.alg], now: after })
    expect(late.ok).toBe(true)
    if (late.ok) {
      expect(late.valid).toBe(false)
      expect(late.claims.failures.map((f) => f.code)).toEqual(['ERR_CLAIM_EXPIRED'])
    }
    // The CRLF and spaces inside the JSON survive decoding untouched.
    const decoded = decodeToken(vector.compact)
    expect(decoded.ok && decoded.kind === 'jws' && decoded.headerText).toBe(
      vector.protectedHeaderDecoded,
    )
    expect(decoded.ok && decoded.kind === 'jws' && decoded.payload?.text).toBe(
      vector.payloadDecoded,
    )
  })

  it('A.4 (payload "Payload", not a claims set) verifies; claims say ERR_PAYLOAD_NOT_CLAIMS', async () => {
    const a4 = vectors.find((v) => v.id === 'A.4')!
    const result = await verifyToken(a4.compact, {
      key: { kind: 'jwk', value: a4.publicJwk as never },
      algorithms: ['ES512'],
      now: before,
    })
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.valid).toBe(false)
      expect(result.claims.failures.map((f) => f.code)).toEqual(['ERR_PAYLOAD_NOT_CLAIMS'])
      expect(result.decoded.payload).toMatchObject({
        type: 'other',
        code: 'ERR_SEGMENT_JSON',
        text: 'Payload',
      })
    }
  })

  it('A.1 and A.2 re-sign byte for byte from the exact header and payload text', async () => {
    for (const vector of vectors.filter((v) => v.id === 'A.1' || v.id === 'A.2')) {
      const signed = await signToken(vector.protectedHeaderDecoded, vector.payloadDecoded, {
        key: { kind: 'jwk', value: vector.jwk as never },
      })
      expect(signed.ok && signed.token).toBe(vector.compact)
    }
  })

  it('A.5 is reported as unsecured and never verifies', async () => {
    const a5 = vectors.find((v) => v.id === 'A.5')!
    const decoded = decodeToken(a5.compact)
    expect(decoded.ok && decoded.kind === 'jws' && decoded.unsecured).toBe(true)
    expect(decoded.ok && decoded.warnings.map((w) => w.code)).toContain('WARN_ALG_NONE')
    const a1 = vectors.find((v) => v.id === 'A.1')!
    const result = await verifyToken(a5.compact, {
      key: { kind: 'jwk', value: a1.jwk as never },
      algorithms: ['HS256', 'none'],
      now: before,
    })
    expect(result.ok ? 'ok' : result.code).toBe('ERR_ALG_NONE')
  })
})
