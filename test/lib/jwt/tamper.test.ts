import { nextCharacter, tamperPayload } from '@/lib/jwt'

const b64 = (text: string) => Buffer.from(text).toString('base64url')
const payloadOf = (token: string) => Buffer.from(token.split('.')[1]!, 'base64url').toString()
const tokenWith = (payload: string) => `${b64('{"alg":"HS256"}')}.${b64(payload)}.c2ln`

describe('tamperPayload', () => {
  it('changes the last character of the first value in place and keeps header and signature', () => {
    const token = tokenWith('{"sub": "42",\n "role":"reader"}')
    const tampering = tamperPayload(token)!
    expect(tampering).toMatchObject({ claim: 'sub', before: '"42"', after: '"43"' })
    expect(payloadOf(tampering.token)).toBe('{"sub": "43",\n "role":"reader"}')
    expect(tampering.payloadAfter).toBe(payloadOf(tampering.token))
    const [h1, , s1] = token.split('.')
    const [h2, , s2] = tampering.token.split('.')
    expect([h2, s2]).toEqual([h1, s1])
  })

  it('changes an integer when it comes first, and skips values it cannot edit', () => {
    expect(tamperPayload(tokenWith('{"exp":1739}'))).toMatchObject({
      before: '1739',
      after: '1730',
    })
    expect(tamperPayload(tokenWith('{"a":{"x":"y"},"b":"q\\"z","c":"Ada"}'))).toMatchObject({
      claim: 'c',
      after: '"Adb"',
    })
  })

  it('with a claim list, changes the first listed claim holding a string', () => {
    const token = tokenWith('{"name":"Zoë","exp":5,"jti":"abc","sub":"8f1c-4a29"}')
    const tampering = tamperPayload(token, { claims: ['sub', 'jti'] })!
    expect(tampering).toMatchObject({ claim: 'sub', before: '"8f1c-4a29"', after: '"8f1c-4a20"' })
    expect(JSON.parse(payloadOf(tampering.token))).toEqual({
      name: 'Zoë',
      exp: 5,
      jti: 'abc',
      sub: '8f1c-4a20',
    })
    expect(tamperPayload(tokenWith('{"exp":1}'), { claims: ['sub'] })).toBeUndefined()
  })

  it.each(['', 'a.b', `x.${b64('not json')}.y`, `x.${b64('{}')}.y`])(
    'returns undefined when there is nothing to change: %j',
    (token) => {
      expect(tamperPayload(token)).toBeUndefined()
    },
  )
})

describe('nextCharacter', () => {
  it.each([
    ['0', '1'],
    ['8', '9'],
    ['9', '0'],
    ['a', 'b'],
    ['z', 'a'],
    ['Y', 'Z'],
    ['Z', 'A'],
    ['-', 'x'],
  ])('%s becomes %s', (from, to) => expect(nextCharacter(from)).toBe(to))
})
