import { describe, expect, it } from 'vitest'
import { replacePart, splitToken } from '@/lib/lessons/token-split'

// {"alg":"HS256","typ":"JWT"} . {"sub":"42"} . 32 bytes of HMAC
const TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiJ9.YDQLaHyJzsVDx0m6vxbdmLbHHxuAyqZCTA2jMqmH2zc'

describe('splitToken', () => {
  it('decodes the header and payload text and counts the signature bytes', () => {
    const split = splitToken(TOKEN)
    expect(split.problem).toBeUndefined()
    expect(split.text).toEqual({ header: '{"alg":"HS256","typ":"JWT"}', payload: '{"sub":"42"}' })
    expect(split.signatureBytes).toBe(32)
  })

  it.each([
    [
      'a + in the payload',
      TOKEN.replace('.eyJzdWIi', '.eyJz+WIi'),
      'ERR_SEGMENT_BASE64',
      'payload',
      '+',
    ],
    [
      'padding on the header',
      TOKEN.replace('pXVCJ9.', 'pXVCJ9=.'),
      'ERR_SEGMENT_BASE64',
      'header',
      '=',
    ],
    [
      'a header that is not JSON',
      `${'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCI'}.eyJzdWIiOiI0MiJ9.c2ln`,
      'ERR_SEGMENT_JSON',
      'header',
      undefined,
    ],
    [
      'a payload that is an array',
      'eyJhbGciOiJIUzI1NiJ9.WzFd.c2ln',
      'ERR_SEGMENT_NOT_OBJECT',
      'payload',
      undefined,
    ],
  ])('%s: lib/jwt names the code, the part and the position', (_, token, code, segment, at) => {
    const { problem } = splitToken(token)
    expect(problem?.code).toBe(code)
    expect(problem?.segment).toBe(segment)
    // The offset is the bad character's own place in the whole token.
    if (at !== undefined) expect(problem?.at).toBe(token.indexOf(at))
  })

  it('points into the decoded text when the JSON breaks', () => {
    const token = replacePart(TOKEN, 'header', '{"alg":"HS256",}')
    const { problem, text } = splitToken(token)
    expect(problem?.code).toBe('ERR_SEGMENT_JSON')
    expect(text.header?.[problem!.at!]).toBe('}')
  })

  it.each([
    ['one part', 'eyJhbGciOiJIUzI1NiJ9', 1],
    ['one part that is not even a header', 'abc', 1],
    ['two parts', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9', 2],
    ['five parts (a JWE)', 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..aXY.Y3Q.dGFn', 5],
    ['four parts', `${TOKEN}.x`, 4],
  ])('%s: refused as not three parts', (_, token, count) => {
    const { problem } = splitToken(token)
    expect(problem?.code).toBe('ERR_SEGMENT_COUNT')
    expect(problem?.count).toBe(count)
  })

  it('leaves the text of a part that is not base64url undefined, and still decodes the others', () => {
    const split = splitToken(TOKEN.replace('.eyJzdWIi', '.eyJz+WIi'))
    expect(split.text.payload).toBeUndefined()
    expect(split.text.header).toBe('{"alg":"HS256","typ":"JWT"}')
  })
})

describe('replacePart', () => {
  it('re-encodes one part and keeps the other two exactly', () => {
    const [header, , signature] = TOKEN.split('.')
    const next = replacePart(TOKEN, 'payload', '{"sub":"43"}')
    expect(next.split('.')[0]).toBe(header)
    expect(next.split('.')[2]).toBe(signature)
    expect(next).not.toBe(TOKEN)
    expect(splitToken(next).text.payload).toBe('{"sub":"43"}')
  })

  it('round-trips the text as typed, spaces and non-ASCII included', () => {
    const text = '{ "name": "李雷",\n  "admin": true }'
    expect(splitToken(replacePart(TOKEN, 'header', text)).text.header).toBe(text)
  })
})
