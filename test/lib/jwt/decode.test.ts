import { describe, expect, it } from 'vitest'
import { decodeToken, encodeBase64url, MAX_INPUT_LENGTH } from '@/lib/jwt'

const b64 = encodeBase64url
const HEADER = b64('{"alg":"HS256","typ":"JWT"}')
const PAYLOAD = b64('{"sub":"42","exp":2000000000}')
const TOKEN = `${HEADER}.${PAYLOAD}.c2ln`

describe('decodeToken', () => {
  it('decodes a token and gives each segment its exact range in the input', () => {
    const result = decodeToken(TOKEN)
    expect(result.ok && result.kind).toBe('jws')
    if (!result.ok || result.kind !== 'jws') return
    expect(result.header).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(result.payload).toMatchObject({ type: 'json', value: { sub: '42' } })
    expect(result.segments).toEqual([
      { name: 'header', start: 0, end: HEADER.length },
      { name: 'payload', start: HEADER.length + 1, end: HEADER.length + 1 + PAYLOAD.length },
      { name: 'signature', start: TOKEN.length - 4, end: TOKEN.length },
    ])
    for (const s of result.segments) expect(TOKEN.slice(s.start, s.end)).not.toContain('.')
    expect(result.signingInput).toBe(`${HEADER}.${PAYLOAD}`)
    expect(result.partial).toBe(false)
  })

  // Each bad input and the exact failure it must produce.
  const bad: Array<[string, string, Record<string, unknown>]> = [
    ['', 'ERR_INPUT_EMPTY', {}],
    ['{"payload":"Zm9v","signatures":[]}', 'ERR_JSON_SERIALIZATION', {}],
    [`${HEADER}.${PAYLOAD}.c2ln.x`, 'ERR_SEGMENT_COUNT', { count: 4 }],
    [`a.b.c.d.e.f`, 'ERR_SEGMENT_COUNT', { count: 6 }],
    [`.${PAYLOAD}.c2ln`, 'ERR_SEGMENT_EMPTY', { segment: 'header', at: 0 }],
    [
      `${HEADER}.${PAYLOAD}=.c2ln`,
      'ERR_SEGMENT_BASE64',
      {
        segment: 'payload',
        reason: 'padding',
        hint: 'base64',
        at: HEADER.length + 1 + PAYLOAD.length,
      },
    ],
    [
      `${HEADER}.${PAYLOAD}.c2+n`,
      'ERR_SEGMENT_BASE64',
      { segment: 'signature', reason: 'character', hint: 'base64', char: '+' },
    ],
    [
      `${HEADER}.${PAYLOAD}.c2/n`,
      'ERR_SEGMENT_BASE64',
      { segment: 'signature', reason: 'character', hint: 'base64', char: '/' },
    ],
    [
      `${HEADER} .${PAYLOAD}.c2ln`,
      'ERR_SEGMENT_BASE64',
      { segment: 'header', reason: 'whitespace', at: HEADER.length },
    ],
    [
      `${HEADER}.${PAYLOAD}.c2l?`,
      'ERR_SEGMENT_BASE64',
      { segment: 'signature', reason: 'character', char: '?' },
    ],
    [`${HEADER}.${PAYLOAD}.c`, 'ERR_SEGMENT_BASE64', { segment: 'signature', reason: 'length' }],
    [`${HEADER}.AB.c2ln`, 'ERR_SEGMENT_BASE64', { segment: 'payload', reason: 'unusedBits' }],
    [
      `${HEADER}.${PAYLOAD}.c2l\u200b`,
      'ERR_SEGMENT_BASE64',
      { segment: 'signature', reason: 'character', char: '\u200b' },
    ],
    [`${b64('{"alg":')}.${PAYLOAD}.c2ln`, 'ERR_SEGMENT_JSON', { segment: 'header' }],
    [
      `${b64('["alg"]')}.${PAYLOAD}.c2ln`,
      'ERR_SEGMENT_NOT_OBJECT',
      { segment: 'header', reason: 'array' },
    ],
    [
      `${b64('null')}.${PAYLOAD}.c2ln`,
      'ERR_SEGMENT_NOT_OBJECT',
      { segment: 'header', reason: 'null' },
    ],
    [
      `${b64(new Uint8Array([0x7b, 0xff, 0x7d]))}.${PAYLOAD}.c2ln`,
      'ERR_SEGMENT_UTF8',
      { segment: 'header', at: 1, hex: '7b ff 7d' },
    ],
    [
      `${HEADER}.${b64('hello')}.c2ln`,
      'ERR_SEGMENT_JSON',
      { segment: 'payload', hex: '68 65 6c 6c 6f', text: 'hello' },
    ],
    [
      `${HEADER}.${b64('42')}.c2ln`,
      'ERR_SEGMENT_NOT_OBJECT',
      { segment: 'payload', reason: 'number', text: '42' },
    ],
    [
      `${HEADER}.${b64(new Uint8Array([0xc3, 0x28]))}.c2ln`,
      'ERR_SEGMENT_UTF8',
      { segment: 'payload', at: 0, hex: 'c3 28' },
    ],
    [`${HEADER}..c2ln`, 'ERR_SEGMENT_EMPTY', { segment: 'payload' }],
  ]
  it.each(bad)('%j fails with %s', (input, code, details) => {
    const result = decodeToken(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result).toMatchObject({ code, ...details })
  })

  it('keeps the header and ranges when only the payload is wrong', () => {
    const result = decodeToken(`${HEADER}.${b64('nope')}.c2ln`)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.header).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(result.segments).toHaveLength(3)
  })

  it('gives the decoded text and where its JSON breaks, to show the reader', () => {
    const text = '{\n  "alg": "HS256"\n  "typ": "JWT"\n}'
    expect(decodeToken(`${b64(text)}.${PAYLOAD}.c2ln`)).toMatchObject({
      ok: false,
      code: 'ERR_SEGMENT_JSON',
      segment: 'header',
      text,
      at: text.indexOf('"typ"'),
    })
  })

  it('accepts any payload bytes as a JWS when asked, with a warning', () => {
    const result = decodeToken(`${HEADER}.${b64('hello')}.c2ln`, { payload: 'any' })
    expect(result.ok && result.kind === 'jws' && result.payload).toMatchObject({
      type: 'other',
      code: 'ERR_SEGMENT_JSON',
      text: 'hello',
    })
    expect(result.ok && result.warnings.map((w) => w.code)).toContain('WARN_PAYLOAD_NOT_JSON')
  })

  it.each([
    [HEADER, 1, false],
    [`${HEADER}.`, 2, false],
    [`${HEADER}.${PAYLOAD}`, 2, true],
  ])('decodes the partial token %s on a best-effort basis', (input, count, hasPayload) => {
    const result = decodeToken(input)
    expect(result.ok && result.kind === 'jws').toBe(true)
    if (!result.ok || result.kind !== 'jws') return
    expect(result.partial).toBe(true)
    expect(result.segments).toHaveLength(count)
    expect(result.payload !== undefined).toBe(hasPayload)
    expect(result.signature).toBeUndefined()
    expect(result.warnings).toContainEqual({ code: 'WARN_PARTIAL_TOKEN', count })
  })

  it('recognises a JWE and shows its protected header', () => {
    const header = b64('{"alg":"RSA-OAEP","enc":"A256GCM"}')
    const result = decodeToken(`${header}.a2V5.aXY.Y2lwaGVy.dGFn`)
    expect(result.ok && result.kind).toBe('jwe')
    if (!result.ok || result.kind !== 'jwe') return
    expect(result).toMatchObject({ alg: 'RSA-OAEP', enc: 'A256GCM' })
    expect(result.segments.map((s) => s.name)).toEqual([
      'header',
      'encryptedKey',
      'iv',
      'ciphertext',
      'tag',
    ])
    expect(result.warnings.map((w) => w.code)).toContain('WARN_JWE_ENCRYPTED')
  })

  it('flags duplicate keys (JSON.parse keeps the last one)', () => {
    const result = decodeToken(
      `${b64('{"alg":"HS256","alg":"none"}')}.${b64('{"sub":"a","x":{"k":1,"k":2}}')}.c2ln`,
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const duplicates = result.warnings.filter((w) => w.code === 'WARN_DUPLICATE_KEY')
    expect(duplicates).toEqual([
      { code: 'WARN_DUPLICATE_KEY', segment: 'header', claim: 'alg', path: 'header', at: 15 },
      { code: 'WARN_DUPLICATE_KEY', segment: 'payload', claim: 'k', path: 'payload.x', at: 22 },
    ])
    expect(result.header.alg).toBe('none')
  })

  it.each([
    ['{"name":"admin\\u200b"}', 'WARN_INVISIBLE_CHARACTER', 'U+200B', 'payload.name'],
    ['{"name":"\\u202egnp.exe"}', 'WARN_BIDI_CONTROL', 'U+202E', 'payload.name'],
    ['{"ro\\u2066le":"user"}', 'WARN_BIDI_CONTROL', 'U+2066', 'payload'],
    ['{"a":["x\\ufeff"]}', 'WARN_INVISIBLE_CHARACTER', 'U+FEFF', 'payload.a.0'],
  ])('flags hidden characters in %s', (json, code, char, path) => {
    const result = decodeToken(`${HEADER}.${b64(json)}.c2ln`)
    expect(result.ok && result.warnings).toContainEqual({ code, segment: 'payload', path, char })
  })

  it('decodes a 64 KB token', () => {
    const big = b64(JSON.stringify({ sub: '1', exp: 2000000000, data: 'x'.repeat(48 * 1024) }))
    const token = `${HEADER}.${big}.c2ln`
    expect(token.length).toBeGreaterThan(64 * 1024)
    const result = decodeToken(token)
    expect(result.ok && result.kind === 'jws' && result.payload?.type).toBe('json')
  })

  it('refuses input over the documented limit at once, a 1 MB token included', () => {
    const huge = `${HEADER}.${'A'.repeat(1024 * 1024)}.c2ln`
    expect(decodeToken(huge)).toMatchObject({
      ok: false,
      code: 'ERR_INPUT_TOO_LARGE',
      size: huge.length,
      limit: MAX_INPUT_LENGTH,
    })
    expect(decodeToken('A'.repeat(MAX_INPUT_LENGTH + 1))).toMatchObject({
      code: 'ERR_INPUT_TOO_LARGE',
    })
  })
})
