import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ERROR_CODES } from '@/lib/jwt/codes'
import { decodeToken, encodeBase64url, findTokens, verifyToken } from '@/lib/jwt/crypto'

const SECRET = { kind: 'secret' as const, value: 's'.repeat(32) }
const VALID =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
const ALPHABET =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.+/= \n"\u200b\u202e{}'

// A random token-ish string: base64url runs joined by dots, with stray characters.
const tokenish = fc
  .array(fc.constantFrom(...ALPHABET.split('')), { maxLength: 200 })
  .map((chars) => chars.join(''))
// A real token with a few characters replaced, inserted or deleted.
const mutated = fc
  .array(
    fc.tuple(
      fc.nat(VALID.length),
      fc.constantFrom(...ALPHABET.split('')),
      fc.constantFrom('set', 'insert', 'delete'),
    ),
    {
      minLength: 1,
      maxLength: 6,
    },
  )
  .map((edits) =>
    edits.reduce((t, [at, c, op]) => {
      if (op === 'delete') return t.slice(0, at) + t.slice(at + 1)
      if (op === 'insert') return t.slice(0, at) + c + t.slice(at)
      return t.slice(0, at) + c + t.slice(at + 1)
    }, VALID),
  )
// Structurally plausible tokens around arbitrary JSON-ish or binary segments.
const built = fc
  .tuple(
    fc.oneof(fc.json(), fc.string()),
    fc.oneof(fc.json(), fc.string(), fc.uint8Array()),
    fc.uint8Array({ maxLength: 80 }),
  )
  .map(([h, p, s]) => `${encodeBase64url(h)}.${encodeBase64url(p)}.${encodeBase64url(s)}`)
const anything = fc.oneof(
  tokenish,
  mutated,
  built,
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
)

describe('fuzz: find, decode and verify never throw', () => {
  it('findTokens and decodeToken return a tagged result for any input', () => {
    fc.assert(
      fc.property(anything, (input) => {
        const found = findTokens(input)
        const decoded = decodeToken(input)
        expect(typeof found.ok).toBe('boolean')
        expect(typeof decoded.ok).toBe('boolean')
        if (!decoded.ok) expect(ERROR_CODES).toContain(decoded.code)
        if (!decoded.ok) expect(decoded.code, input).not.toBe('ERR_INTERNAL')
        if (!found.ok) expect(ERROR_CODES).toContain(found.code)
      }),
      { numRuns: 2000 },
    )
  })

  it('verifyToken resolves to a tagged result for any input', async () => {
    await fc.assert(
      fc.asyncProperty(anything, async (input) => {
        const result = await verifyToken(input, {
          key: SECRET,
          algorithms: ['HS256', 'RS256', 'ES256'],
        })
        // No random input can carry a valid signature for this secret.
        expect(result.ok).toBe(false)
        // verifyToken turns any exception into ERR_INTERNAL so that the UI never crashes; here
        // that code means a crash, and every input must get a code that names what is wrong.
        if (!result.ok) expect(result.code, input).not.toBe('ERR_INTERNAL')
      }),
      { numRuns: 500 },
    )
  })
})
