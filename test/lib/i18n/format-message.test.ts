import { IntlMessageFormat } from 'intl-messageformat'
import en from '@/content/messages/en.json'
import zh from '@/content/messages/zh-CN.json'
import { fill } from '@/lib/i18n/fill'
import { formatMessage } from '@/lib/i18n/format-message'

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

// `fill` and `formatMessage` render `{name}` arguments the same way.
describe.each([
  ['fill', fill],
  ['formatMessage', (text: string, values: Record<string, unknown>) => formatMessage(text, values)],
] as const)('%s', (_, format) => {
  it('fills placeholders and never leaks a brace', () => {
    expect(format('Expired {rel}', { rel: '3 min. ago' })).toBe('Expired 3 min. ago')
    expect(format('kid {kid}', {})).toBe('kid —')
    expect(format('{list}', { list: ['HS256', 'HS384'] })).toBe('HS256, HS384')
  })

  it('spaces Chinese from the Latin words and numbers put into it', () => {
    expect(format('使用你提供的{source}验证', { source: 'PEM 密钥' })).toBe(
      '使用你提供的 PEM 密钥验证',
    )
    expect(format('{segment}在第 {line} 行', { segment: '载荷 Payload', line: 1 })).toBe(
      '载荷 Payload 在第 1 行',
    )
    // Han beside Han, full-width brackets and English stay as they are.
    expect(format('用{source}验证', { source: '密钥（secret）' })).toBe('用密钥（secret）验证')
    expect(format('在{source}（{name}）中', { source: '一个 Cookie', name: 'id' })).toBe(
      '在一个 Cookie（id）中',
    )
    expect(format('checked with the {source} you gave', { source: 'JWK' })).toBe(
      'checked with the JWK you gave',
    )
  })
})

function allStrings(tree: unknown, out: string[] = []): string[] {
  if (typeof tree === 'string') out.push(tree)
  else if (tree && typeof tree === 'object') for (const v of Object.values(tree)) allStrings(v, out)
  return out
}

describe('fill', () => {
  for (const [locale, catalog] of [
    ['en', en],
    ['zh-CN', zh],
  ] as const) {
    it(`formats every plain-placeholder string of the ${locale} catalog as formatMessage does`, () => {
      // Plain: `{name}` arguments only, no typed arguments and no ICU quoting ('{…}' or '').
      const plain = allStrings(catalog).filter(
        (s) => /\{\w+\}/.test(s) && !/[{}]/.test(s.replace(/\{\w+\}/g, '')) && !/'[{}']/.test(s),
      )
      expect(plain.length).toBeGreaterThan(50)
      for (const message of plain) {
        const args = [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)
        // Latin and Han values, so the spacing at both ends of every argument is exercised.
        const values = Object.fromEntries(
          args.map((arg, i) => [arg, i % 2 ? `令牌${i}` : `v${i}令`]),
        )
        expect({ message, text: fill(message, values) }).toEqual({
          message,
          text: formatMessage(message, values, locale),
        })
      }
    })
  }
})

describe('formatMessage', () => {
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
            expect({ code, text: formatMessage(message, values, locale) }).toEqual({
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
    expect(formatMessage("an object '{…}' here, it''s", {}, 'en')).toBe("an object {…} here, it's")
    expect(
      formatMessage('{n, plural, =0 {none} one {# item} other {# items}}', { n: 0 }, 'en'),
    ).toBe('none')
    expect(formatMessage('{n, plural, one {# item} other {# items}}', { n: 1200 }, 'en')).toBe(
      '1,200 items',
    )
    expect(formatMessage('kid {kid}', {}, 'en')).toBe('kid —')
    expect(formatMessage('{list}', { list: ['a', 'b'] }, 'en')).toBe('a, b')
  })
})
