import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ERROR_CODES } from '@/lib/jwt/codes'
import {
  checkEpk,
  checkJweStructure,
  decodeToken,
  decryptJwe,
  encodeBase64url,
  JWE_ALGORITHMS,
  JWE_ENCRYPTIONS,
} from '@/lib/jwt/crypto'
import { loadVector } from './helpers'

type Vector = { input: { key: Record<string, unknown> }; output: { compact: string } }
const load = (name: string) => loadVector<Vector>(`jose-cookbook/jwe/${name}`)
// One token per kind of key: a secret (dir), a key wrap, an ECDH agreement, RSA-OAEP.
const SEEDS = [
  load('5_6.direct_encryption_using_aes-gcm.json'),
  load('5_8.key_wrap_using_aes-keywrap_with_aes-gcm.json'),
  load('5_4.key_agreement_with_key_wrapping_using_ecdh-es_and_aes-keywrap_with_aes-gcm.json'),
  load('5_2.key_encryption_using_rsa-oaep_with_aes-gcm.json'),
].map((v) => ({
  token: v.output.compact,
  key:
    v.input.key.kty === 'oct'
      ? { text: String(v.input.key.k), encoding: 'base64url' as const }
      : { text: JSON.stringify(v.input.key) },
}))
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.+/= "{}'

const mutatedSeed = fc
  .tuple(
    fc.nat(SEEDS.length - 1),
    fc.array(
      fc.tuple(
        fc.nat(2000),
        fc.constantFrom(...ALPHABET.split('')),
        fc.constantFrom('set', 'insert', 'delete'),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([seed, edits]) => {
    const { token, key } = SEEDS[seed]!
    const out = edits.reduce((t, [n, c, op]) => {
      const at = n % (t.length + 1)
      if (op === 'delete') return t.slice(0, at) + t.slice(at + 1)
      if (op === 'insert') return t.slice(0, at) + c + t.slice(at)
      return t.slice(0, at) + c + t.slice(at + 1)
    }, token)
    return { token: out, key }
  })

// Headers of every shape around real parts: alg/enc pairs, odd p2c, p2s, epk, zip, iv, tag.
const header = fc.record(
  {
    alg: fc.oneof(fc.constantFrom(...JWE_ALGORITHMS, 'RSA1_5', 'none'), fc.json()),
    enc: fc.oneof(fc.constantFrom(...JWE_ENCRYPTIONS), fc.json()),
    zip: fc.oneof(fc.constant('DEF'), fc.string()),
    p2c: fc.oneof(fc.integer(), fc.double(), fc.string()),
    p2s: fc.oneof(fc.base64String(), fc.string()),
    epk: fc.oneof(
      fc.record({
        kty: fc.constantFrom('EC', 'OKP', 'RSA'),
        crv: fc.constantFrom('P-256', 'P-384', 'P-521', 'X25519', 'x'),
        x: fc.string(),
        y: fc.string(),
      }),
      fc.json(),
    ),
    iv: fc.string(),
    tag: fc.string(),
  },
  { requiredKeys: [] },
)
const builtToken = fc
  .tuple(
    header,
    fc.nat(SEEDS.length - 1),
    fc.array(fc.uint8Array({ maxLength: 80 }), { minLength: 4, maxLength: 4 }),
  )
  .map(([h, seed, parts]) => ({
    token: [encodeBase64url(JSON.stringify(h)), ...parts.map((p) => encodeBase64url(p))].join('.'),
    key: SEEDS[seed]!.key,
  }))

async function expectTypedFailure(token: string, key: { text: string }) {
  const result = await decryptJwe(token, key)
  if (result.ok) return
  expect(ERROR_CODES).toContain(result.code)
  expect(result.code).not.toBe('ERR_INTERNAL')
}

describe('fuzzing the JWE path finds nothing that throws', () => {
  it('mutated RFC 7520 tokens: every failure of decryptJwe is a typed code', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedSeed, ({ token, key }) => expectTypedFailure(token, key)),
      { numRuns: 300, seed: 7520 },
    )
  })

  it('built tokens with random headers and parts: decode, structure and decrypt stay typed', async () => {
    await fc.assert(
      fc.asyncProperty(builtToken, async ({ token, key }) => {
        const decoded = decodeToken(token)
        if (decoded.ok && decoded.kind === 'jwe') {
          const checked = checkJweStructure(decoded)
          if (!checked.ok) expect(ERROR_CODES).toContain(checked.code)
        }
        await expectTypedFailure(token, key)
      }),
      { numRuns: 300, seed: 13 },
    )
  })

  it('any value as an epk: checkEpk returns null or a typed failure', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.anything()), (epk) => {
        const result = checkEpk(typeof epk === 'string' ? safeParse(epk) : epk)
        if (result)
          expect(['ERR_JWE_HEADER_INVALID', 'ERR_JWE_EPK_OFF_CURVE']).toContain(result.code)
      }),
      { numRuns: 500, seed: 8037 },
    )
  })

  it('arbitrary key text for each seed: typed failures only', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(SEEDS.length - 1),
        fc.string({ maxLength: 300 }),
        async (seed, text) => {
          await expectTypedFailure(SEEDS[seed]!.token, { text })
        },
      ),
      { numRuns: 200, seed: 42 },
    )
  })
})

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
