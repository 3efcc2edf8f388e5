import { abbreviate, decodeSegmentText, looksLikeJwt, peekJws, prettySegment } from '@/lib/jwt'

// Node's own base64url, so the tokens do not come from the code under test.
const b64 = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url')
const token = `${b64({ alg: 'ES256', typ: 'at+jwt', kid: 'k1' })}.${b64({ sub: '8f1c-4a29', name: 'Zoë' })}.c2lnbmF0dXJl`

describe('peekJws', () => {
  it('reads header and payload objects, UTF-8 included', () => {
    expect(peekJws(token)).toEqual({
      header: { alg: 'ES256', typ: 'at+jwt', kid: 'k1' },
      payload: { sub: '8f1c-4a29', name: 'Zoë' },
    })
  })

  it.each([
    ['empty', ''],
    ['two segments', 'a.b'],
    ['not base64url', 'not-base64.@@.x'],
    ['an array header', `${b64([1])}.${b64({})}.x`],
    ['a payload that is not JSON', `${b64({})}.${b64('nope')}.x`],
    ['invalid UTF-8', `${b64({})}.${Buffer.from([0xc3, 0x28]).toString('base64url')}.x`],
  ])('is null for %s', (_, bad) => {
    expect(peekJws(bad)).toBeNull()
  })
})

describe('segment text', () => {
  it('decodes one segment to text, undefined when it is not base64url', () => {
    expect(decodeSegmentText(b64('{"sub":"42"}'))).toBe('{"sub":"42"}')
    expect(decodeSegmentText('a+b/')).toBeUndefined()
  })

  it('pretty-prints JSON segments and shows other text as it is', () => {
    expect(prettySegment(b64('{"sub":"42"}'))).toBe('{\n  "sub": "42"\n}')
    expect(prettySegment(b64('plain'))).toBe('plain')
  })
})

describe('format', () => {
  it('abbreviates long tokens and recognises JWT-shaped strings', () => {
    expect(abbreviate(token)).toBe(`${token.slice(0, 12)}…${token.slice(-8)}`)
    expect(abbreviate('short')).toBe('short')
    expect(looksLikeJwt(token)).toBe(true)
    expect(looksLikeJwt('alice@example.com')).toBe(false)
  })
})
