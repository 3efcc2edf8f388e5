import { decodeToken } from '@/lib/jwt/decode'
import { highlightFor, tokenRangeFor, type HighlightInput } from '@/lib/playground/highlight'
import { scanJson } from '@/lib/jwt/json-scan'

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url')
const HEADER = '{"alg":"HS256","typ":"JWT"}'
const PAYLOAD = '{"sub":"42","exp":1300819380}'
const decoded = decodeToken(`${b64(HEADER)}.${b64(PAYLOAD)}.c2ln`)
if (!decoded.ok) throw new Error('decode failed')
const headerSegment = decoded.segments[0]!
const payloadSegment = decoded.segments[1]!

const part = (text: string) => ({ text, scan: scanJson(text), tokenText: text })
function input(overrides: Partial<HighlightInput>): HighlightInput {
  return {
    segments: decoded.segments,
    claimPick: null,
    locate: null,
    header: part(HEADER),
    payload: part(PAYLOAD),
    ...overrides,
  }
}
const rangeOf = (text: string, key: string, segment: { start: number; end: number }) => {
  const from = text.indexOf(`"${key}"`)
  const to = text.indexOf(',', from) === -1 ? text.length - 1 : text.indexOf(',', from)
  return tokenRangeFor(text, from, to, segment.start, segment.end - segment.start)
}

describe('highlightFor', () => {
  it('lights up nothing when nothing is picked or the token has one segment', () => {
    expect(highlightFor(input({}))).toBeNull()
    const one = input({ claimPick: 'sub', segments: decoded.segments.slice(0, 1) })
    expect(highlightFor(one)).toBeNull()
  })

  it('maps a tapped claim to its bytes in the payload segment', () => {
    expect(highlightFor(input({ claimPick: 'exp' }))).toEqual({
      part: 'payload',
      key: 'exp',
      range: rangeOf(PAYLOAD, 'exp', payloadSegment),
    })
    expect(highlightFor(input({ claimPick: 'nope' }))).toBeNull()
  })

  it('maps the member under the pointer, in either part', () => {
    const at = HEADER.indexOf('"typ"') + 2
    expect(highlightFor(input({ locate: { part: 'header', offset: at } }))).toEqual({
      part: 'header',
      key: 'typ',
      range: rangeOf(HEADER, 'typ', headerSegment),
    })
  })

  it('prefers the tapped claim, unless the payload is not JSON', () => {
    const locate = { part: 'header' as const, offset: 2 }
    expect(highlightFor(input({ claimPick: 'sub', locate }))?.key).toBe('sub')
    const broken = { text: '{"sub":', scan: scanJson('{"sub":'), tokenText: '{"sub":' }
    expect(highlightFor(input({ claimPick: 'sub', locate, payload: broken }))?.key).toBe('alg')
  })

  it('waits while the token has not caught up with the edited JSON', () => {
    const edited = { ...part(PAYLOAD), tokenText: '{"sub":"41","exp":1300819380}' }
    expect(highlightFor(input({ claimPick: 'sub', payload: edited }))).toBeNull()
  })
})
