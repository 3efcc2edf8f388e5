import { decodeToken } from '@/lib/jwt/decode'
import { base64Span, tokenRangeFor, utf8Length } from '@/lib/playground/highlight'
import { scanJson } from '@/lib/jwt/json-scan'

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url')

describe('highlight', () => {
  it('counts UTF-8 bytes, surrogate pairs included', () => {
    expect(utf8Length('a')).toBe(1)
    expect(utf8Length('é')).toBe(2)
    expect(utf8Length('令牌')).toBe(6)
    expect(utf8Length('😀')).toBe(4)
  })

  it('maps bytes to the base64 characters that carry them', () => {
    expect(base64Span(0, 3)).toEqual({ start: 0, end: 4 })
    expect(base64Span(1, 2)).toEqual({ start: 1, end: 3 })
    expect(base64Span(4, 5)).toEqual({ start: 5, end: 7 })
    expect(base64Span(3, 3)).toEqual({ start: 0, end: 0 })
  })

  it('lights up exactly the characters that decode to each claim, in ASCII and Chinese', () => {
    const header = '{"alg":"HS256","typ":"JWT"}'
    const payload = '{"sub":"42",\n  "name":"令牌 Ada 😀","exp":1300819380}'
    const token = `${b64(header)}.${b64(payload)}.c2ln`
    const decoded = decodeToken(token)
    if (!decoded.ok || decoded.kind !== 'jws') throw new Error('decode failed')
    const segment = decoded.segments[1]!
    const scan = scanJson(payload)
    if (!scan.ok) throw new Error('scan failed')
    for (const m of scan.members) {
      const range = tokenRangeFor(
        payload,
        m.keyStart,
        m.valueEnd,
        segment.start,
        segment.end - segment.start,
      )
      // Widen to whole 4-character groups and decode: the member's bytes must be inside.
      const from = segment.start + Math.floor((range.start - segment.start) / 4) * 4
      const to = Math.min(
        segment.start + Math.ceil((range.end - segment.start) / 4) * 4,
        segment.end,
      )
      const bytes = Buffer.from(token.slice(from, to), 'base64url')
      const member = Buffer.from(payload.slice(m.keyStart, m.valueEnd), 'utf8')
      expect(bytes.includes(member)).toBe(true)
      // And no more than one base64 group of slack on either side.
      expect(range.end - range.start).toBeLessThanOrEqual(Math.ceil(member.length / 3) * 4 + 2)
    }
  })
})
