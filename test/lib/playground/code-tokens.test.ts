import { codeTokens } from '@/lib/playground/code-tokens'
import { snippets } from '@/lib/playground/snippets'

const kinds = (code: string) => codeTokens(code).map((t) => [t.kind, t.text])

describe('codeTokens', () => {
  it('colours keywords, strings, numbers and comments', () => {
    expect(kinds("const a = 'x' // b")).toEqual([
      ['keyword', 'const'],
      ['plain', ' a = '],
      ['string', "'x'"],
      ['plain', ' '],
      ['comment', '// b'],
    ])
    expect(kinds('exp = 1300819380  # seconds')).toEqual([
      ['plain', 'exp = '],
      ['number', '1300819380'],
      ['plain', '  '],
      ['comment', '# seconds'],
    ])
  })

  it('keeps comment markers and escaped quotes inside strings', () => {
    for (const code of ["'https://example.com/#x'", '"a \\" // b"', '`line ${x} # y`', "'it\\'s'"])
      expect(kinds(code)).toEqual([['string', code]])
  })

  it('does not colour names that merely contain a keyword', () => {
    expect(kinds('important fromage')).toEqual([['plain', 'important fromage']])
  })

  it('loses nothing: every sample joins back to itself', () => {
    const all = snippets({
      mode: 'verify',
      alg: 'RS256',
      header: { alg: 'RS256', typ: 'JWT' },
      payload: { sub: '42', note: "it's # not a comment // really", exp: 1300819380 },
      keyKind: 'pem',
      secretEncoding: 'utf8',
    })
    for (const code of Object.values(all)) {
      const tokens = codeTokens(code)
      expect(tokens.map((t) => t.text).join('')).toBe(code)
      expect(new Set(tokens.map((t) => t.kind)).size).toBeGreaterThanOrEqual(3)
    }
  })
})
