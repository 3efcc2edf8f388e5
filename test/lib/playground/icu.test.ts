import { IntlMessageFormat } from 'intl-messageformat'
import en from '@/content/messages/en.json'
import zh from '@/content/messages/zh-CN.json'
import { formatIcu } from '@/lib/playground/icu'

const SAMPLES = [
  { segment: 'payload', at: 17, reason: 'padding', hint: 'base64', char: 'U+200B', claim: 'exp' },
  { segment: 'header', at: 0, reason: 'character', count: 1, seconds: 1, size: 6, limit: 32 },
  { segment: 'signature', at: 3, reason: 'unusedBits', count: 0, seconds: 86401, size: 1 },
  { segment: 'iv', at: 9, reason: 'hex', count: 5, seconds: 180, alg: 'HS256', allowed: 'RS256' },
].map((s) => ({
  path: 'payload.name',
  claim: 'sub',
  char: 'U+202E',
  hint: 'none',
  alg: 'ES256',
  allowed: 'ES256',
  expected: 'RSA',
  actual: 'oct',
  kid: 'k1',
  count: 2,
  size: 6,
  limit: 32,
  seconds: 180,
  label: 'PUBLIC KEY',
  hex: 'c3 28',
  ...s,
}))

describe('formatIcu', () => {
  for (const [locale, catalog] of [
    ['en', en],
    ['zh-CN', zh],
  ] as const) {
    it(`formats every Jwt error and warning in ${locale} exactly as intl-messageformat does`, () => {
      const groups = [catalog.Jwt.errors, catalog.Jwt.warnings] as Record<string, string>[]
      let checked = 0
      for (const group of groups) {
        for (const [code, message] of Object.entries(group)) {
          for (const values of SAMPLES) {
            const expected = new IntlMessageFormat(message, locale).format(values) as string
            expect({ code, text: formatIcu(message, values, locale) }).toEqual({
              code,
              text: expected,
            })
            checked++
          }
        }
      }
      expect(checked).toBeGreaterThan(300)
    })
  }

  it('handles quoting, exact plural matches and missing values', () => {
    expect(formatIcu("an object '{…}' here, it''s", {}, 'en')).toBe("an object {…} here, it's")
    expect(formatIcu('{n, plural, =0 {none} one {# item} other {# items}}', { n: 0 }, 'en')).toBe(
      'none',
    )
    expect(formatIcu('{n, plural, one {# item} other {# items}}', { n: 1200 }, 'en')).toBe(
      '1,200 items',
    )
    expect(formatIcu('kid {kid}', {}, 'en')).toBe('kid —')
    expect(formatIcu('{list}', { list: ['a', 'b'] }, 'en')).toBe('a, b')
  })
})
