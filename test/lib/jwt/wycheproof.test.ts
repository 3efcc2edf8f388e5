import { describe, expect, it } from 'vitest'
import { compactVerify, importJWK } from 'jose'
import { decodeToken, verifyToken } from '@/lib/jwt/crypto'
import { ALL_ALGORITHMS, loadVector, type WycheproofFile } from './helpers'

// Upstream mislabels, documented in test/fixtures/vectors/README.md. Everything else must
// agree with its label.
const MISLABELLED: Record<number, { label: string; ours: 'valid' | 'invalid'; code?: string }> = {
  367: { label: 'invalid', ours: 'valid' }, // byte-identical to valid tcId 357
  370: { label: 'invalid', ours: 'valid' }, // byte-identical to valid tcId 357
  372: { label: 'valid', ours: 'invalid', code: 'ERR_SEGMENT_BASE64' }, // contains '?'
  373: { label: 'valid', ours: 'invalid', code: 'ERR_SEGMENT_BASE64' }, // contains '?'
  346: { label: 'valid', ours: 'invalid', code: 'ERR_KEY_ALG_MISMATCH' }, // key alg PS256, token PS384
  347: { label: 'valid', ours: 'invalid', code: 'ERR_KEY_ALG_MISMATCH' }, // key alg "ES521", token ES512
  350: { label: 'valid', ours: 'invalid', code: 'ERR_KEY_ALG_MISMATCH' },
  351: { label: 'valid', ours: 'invalid', code: 'ERR_KEY_ALG_MISMATCH' },
}

const signatures = loadVector<WycheproofFile>('wycheproof/json_web_signature_test.json')
const keysets = loadVector<WycheproofFile>('wycheproof/json_web_key_test.json')

function cases(file: WycheproofFile) {
  return file.testGroups.flatMap((group) => group.tests.map((test) => ({ group, test })))
}

describe('Wycheproof json_web_signature_test.json', () => {
  const all = cases(signatures)

  it('holds all 401 cases', () => {
    expect(all).toHaveLength(401)
    expect(signatures.numberOfTests).toBe(401)
  })

  it.each(all.map(({ group, test }) => [test.tcId, test.comment, group, test] as const))(
    'tcId %i (%s) agrees with its label',
    async (tcId, _comment, group, test) => {
      const jwk = group.public ?? group.private!
      const token = typeof test.jws === 'string' ? test.jws : JSON.stringify(test.jws)
      const result = await verifyToken(token, {
        key: { kind: 'jwk', value: jwk as never },
        algorithms: ALL_ALGORITHMS,
      })
      const ours = result.ok ? 'valid' : 'invalid'
      const exception = MISLABELLED[tcId]
      if (exception) {
        expect(test.result).toBe(exception.label)
        expect(ours).toBe(exception.ours)
        if (exception.code) expect(result.ok ? undefined : result.code).toBe(exception.code)
      } else {
        expect(ours).toBe(test.result)
      }
    },
  )

  const byId = new Map(all.map(({ test, group }) => [test.tcId, { test, group }]))

  it('the strict decoder rejects 360, 365, 368 and 375, which jose alone accepts', async () => {
    const expected: Record<number, { segment: string; reason: string }> = {
      360: { segment: 'signature', reason: 'whitespace' },
      365: { segment: 'header', reason: 'whitespace' },
      368: { segment: 'payload', reason: 'whitespace' },
      375: { segment: 'payload', reason: 'unusedBits' },
    }
    for (const [id, want] of Object.entries(expected)) {
      const { test, group } = byId.get(Number(id))!
      const token = test.jws as string
      const decoded = decodeToken(token, { payload: 'any' })
      expect(decoded.ok).toBe(false)
      if (!decoded.ok) {
        expect(decoded.code).toBe('ERR_SEGMENT_BASE64')
        expect(decoded.segment).toBe(want.segment)
        expect(decoded.reason).toBe(want.reason)
      }
      // The point of the strictness: jose's own verify lets these through.
      const key = await importJWK(group.private as never, 'HS256')
      await expect(compactVerify(token, key, { algorithms: ['HS256'] })).resolves.toBeTruthy()
    }
  })

  it('tcIds 367 and 370 are byte-identical to valid 357', () => {
    const valid = byId.get(357)!.test.jws
    expect(byId.get(367)!.test.jws).toBe(valid)
    expect(byId.get(370)!.test.jws).toBe(valid)
  })
})

describe('Wycheproof json_web_key_test.json', () => {
  const all = cases(keysets)

  it('holds all 26 cases', () => {
    expect(all).toHaveLength(26)
  })

  it.each(all.map(({ group, test }) => [test.tcId, test.comment, group, test] as const))(
    'tcId %i (%s) agrees with its label',
    async (_tcId, _comment, group, test) => {
      const jwks = group.public ?? group.private!
      const result = await verifyToken(test.jws as string, {
        key: { kind: 'jwks', value: jwks as never },
        algorithms: ALL_ALGORITHMS,
      })
      expect(result.ok ? 'valid' : 'invalid').toBe(test.result)
    },
  )

  it('rejects each bad key set with the precise code', async () => {
    const expected: Record<number, string> = {
      1: 'ERR_JWKS_MIXED',
      3: 'ERR_SIGNATURE_INVALID',
      4: 'ERR_JWKS_MULTIPLE_MATCHES',
      6: 'ERR_KEY_ALG_MISMATCH',
      7: 'ERR_KEY_ROCA',
      8: 'ERR_KEY_TOO_SMALL',
      9: 'ERR_KEY_RSA_EXPONENT',
      10: 'ERR_HMAC_KEY_TOO_SHORT',
      11: 'ERR_HMAC_KEY_TOO_SHORT',
      12: 'ERR_HMAC_KEY_TOO_SHORT',
      16: 'ERR_HMAC_KEY_EMPTY',
      17: 'ERR_HMAC_KEY_EMPTY',
      18: 'ERR_HMAC_KEY_EMPTY',
      19: 'ERR_KEY_ALG_MISMATCH',
      20: 'ERR_KEY_ALG_MISMATCH',
      21: 'ERR_KEY_USE',
      22: 'ERR_JWK_INVALID',
      23: 'ERR_KEY_TYPE_MISMATCH',
      24: 'ERR_KEY_TYPE_MISMATCH',
      25: 'ERR_KEY_ALG_MISMATCH',
      26: 'ERR_KEY_ALG_MISMATCH',
    }
    for (const { group, test } of all) {
      const want = expected[test.tcId]
      if (!want) continue
      const result = await verifyToken(test.jws as string, {
        key: { kind: 'jwks', value: (group.public ?? group.private) as never },
        algorithms: ALL_ALGORITHMS,
      })
      expect({ tcId: test.tcId, code: result.ok ? 'ok' : result.code }).toEqual({
        tcId: test.tcId,
        code: want,
      })
    }
  })
})
