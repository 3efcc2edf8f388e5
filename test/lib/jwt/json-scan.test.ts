import { memberAt, scanJson, setStringMember } from '@/lib/jwt/json-scan'

describe('scanJson', () => {
  it('lists top-level members with exact offsets, whatever the spacing', () => {
    const text = '{"typ":"JWT",\r\n "alg" : "HS256", "n":{"x":[1,2]}}'
    const scan = scanJson(text)
    expect(scan.ok).toBe(true)
    if (!scan.ok) return
    expect(scan.members.map((m) => m.key)).toEqual(['typ', 'alg', 'n'])
    for (const m of scan.members) {
      expect(text.slice(m.keyStart, m.keyEnd)).toBe(JSON.stringify(m.key))
      expect(JSON.parse(text.slice(m.valueStart, m.valueEnd))).toEqual(JSON.parse(text)[m.key])
    }
  })

  it('decodes escaped keys', () => {
    const scan = scanJson('{"a\\u0062":1}')
    expect(scan.ok && scan.members[0]!.key).toBe('ab')
  })

  it.each([
    ['', 'empty', 1, 1],
    ['{"a":1,}', 'unexpected-character', 1, 8],
    ['{"a":1', 'unexpected-end', 1, 7],
    ['{"a":01}', 'bad-number', 1, 7],
    ['{"a":"x\ny"}', 'bad-string', 1, 8],
    ['{"a":1} x', 'trailing-text', 1, 9],
    ['{\n  "a": tru\n}', 'unexpected-character', 2, 8],
    ['{"a":"\\q"}', 'bad-string', 1, 7],
  ])('points at the first error in %j', (text, reason, line, column) => {
    const scan = scanJson(text)
    expect(scan).toMatchObject({ ok: false, reason, line, column })
  })

  it('agrees with JSON.parse on what is valid', () => {
    for (const text of ['1', '"s"', '[]', '{}', 'null', '{"a":[{"b":-1.5e3}]}', ' {"a" :true } '])
      expect(scanJson(text).ok).toBe(true)
    for (const text of ['{a:1}', "{'a':1}", '[1,]', '{"a":NaN}', '{"a":1}}'])
      expect(scanJson(text).ok).toBe(false)
  })
})

describe('memberAt', () => {
  it('finds the member under an offset, key or value', () => {
    const scan = scanJson('{"sub":"42","exp":1}')
    if (!scan.ok) throw new Error('invalid')
    expect(memberAt(scan.members, 2)?.key).toBe('sub')
    expect(memberAt(scan.members, 8)?.key).toBe('sub')
    expect(memberAt(scan.members, 8, false)).toBeUndefined()
    expect(memberAt(scan.members, 14)?.key).toBe('exp')
  })
})

describe('setStringMember', () => {
  it('replaces only the value, keeping every other byte', () => {
    expect(setStringMember('{"typ":"JWT",\r\n "alg":"HS256"}', 'alg', 'ES256')).toBe(
      '{"typ":"JWT",\r\n "alg":"ES256"}',
    )
  })
  it('adds a missing member first, and refuses non-objects', () => {
    expect(setStringMember('{"typ":"JWT"}', 'alg', 'none')).toBe('{"alg":"none","typ":"JWT"}')
    expect(setStringMember('{}', 'alg', 'HS256')).toBe('{"alg":"HS256"}')
    expect(setStringMember('[1]', 'alg', 'HS256')).toBeNull()
    expect(setStringMember('{"a":', 'alg', 'HS256')).toBeNull()
  })
})

describe('scanJson duplicate keys', () => {
  it('reports each repeated key with its object path and the offset of the repeat', () => {
    const text = '{"a":1,"l":[{"k":1,"k":2}],"a":3}'
    const scan = scanJson(text)
    expect(scan.ok && scan.duplicates).toEqual([
      { path: 'l.0', key: 'k', at: text.indexOf('"k":2') },
      { path: '', key: 'a', at: text.lastIndexOf('"a"') },
    ])
  })
})
