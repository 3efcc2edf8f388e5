import vectors from '../../fixtures/vectors/rfc7515-appendix-a.json'
import { decodeToken, findTokens, verifyToken, type KeyInput } from '@/lib/jwt/crypto'
import { verdictFor, verdictTone, type VerdictInput } from '@/lib/playground/verdict'

const a1 = vectors.vectors.find((v) => v.id === 'A.1')!
const a2 = vectors.vectors.find((v) => v.id === 'A.2')!
const SECRET: KeyInput = {
  kind: 'secret',
  value: (a1.jwk as { k: string }).k,
  encoding: 'base64url',
}

async function verdictOf(text: string, key: KeyInput | undefined, algorithms = ['HS256']) {
  const found = findTokens(text)
  const token = found.ok ? found.best.token : undefined
  const decoded = token ? decodeToken(token, { payload: 'any' }) : undefined
  const verification = token && key ? await verifyToken(token, { key, algorithms }) : undefined
  const input: VerdictInput = {
    decoded,
    ...(!found.ok && { findFailure: found }),
    verification,
    hasKey: Boolean(key),
    keyKind: 'secret',
  }
  return verdictFor(input)
}

const tamper = (token: string) => {
  const [h, p, s] = token.split('.')
  const payload = Buffer.from(p!, 'base64url').toString().replace('joe', 'eve')
  return `${h}.${Buffer.from(payload).toString('base64url')}.${s}`
}

describe('verdictFor', () => {
  it('says "Signature verified" only when jose verified it, expired or not', async () => {
    const verdict = await verdictOf(a1.compact, SECRET)
    expect(verdict).toMatchObject({ kind: 'verified', alg: 'HS256', source: 'secret' })
    expect(verdictTone(verdict)).toBe('good')
  })

  it('says "Invalid signature" for a changed payload or the wrong key bytes', async () => {
    expect(await verdictOf(tamper(a1.compact), SECRET)).toMatchObject({ kind: 'invalid' })
    const asText: KeyInput = { kind: 'secret', value: (a1.jwk as { k: string }).k }
    expect(await verdictOf(a1.compact, asText)).toMatchObject({ kind: 'invalid' })
  })

  it('never calls a key, algorithm or format problem a bad signature', async () => {
    expect(await verdictOf(a1.compact, SECRET, ['RS256'])).toMatchObject({
      kind: 'not-allowed',
      failure: { code: 'ERR_ALG_NOT_ALLOWED' },
    })
    const bad: KeyInput = { kind: 'secret', value: 'zz', encoding: 'hex' }
    expect(await verdictOf(a1.compact, bad)).toMatchObject({
      kind: 'key-problem',
      failure: { code: 'ERR_SECRET_ENCODING' },
    })
    const jwk: KeyInput = { kind: 'jwk', value: JSON.stringify(a2.jwk) }
    expect(await verdictOf(a1.compact, jwk)).toMatchObject({ kind: 'key-problem' })
    expect(
      verdictFor({
        decoded: decodeToken(a1.compact),
        verification: undefined,
        hasKey: true,
        keyKind: 'secret',
        jsonError: { segment: 'payload', line: 2, column: 3 },
      }),
    ).toEqual({ kind: 'json-error', segment: 'payload', line: 2, column: 3 })
  })

  it('says "No key yet", "Checking…", unsecured, partial, JWE and unreadable apart', async () => {
    expect(await verdictOf(a1.compact, undefined)).toEqual({ kind: 'no-key', keyKind: 'secret' })
    expect(
      verdictFor({
        decoded: decodeToken(a1.compact),
        verification: undefined,
        hasKey: true,
        keyKind: 'secret',
      }),
    ).toEqual({ kind: 'checking' })
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${a1.compact.split('.')[1]}.`
    expect(await verdictOf(none, SECRET)).toMatchObject({ kind: 'unsecured', alg: 'none' })
    expect(await verdictOf(a1.compact.split('.').slice(0, 2).join('.'), SECRET)).toEqual({
      kind: 'partial',
      count: 2,
    })
    const jwe = 'eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.AAAA.AAAA.AAAA.AAAA'
    expect(await verdictOf(jwe, SECRET)).toEqual({ kind: 'jwe' })
    expect(await verdictOf('hello there', SECRET)).toMatchObject({
      kind: 'unreadable',
      failure: { code: 'ERR_NO_TOKEN_FOUND' },
    })
    expect(await verdictOf('   ', SECRET)).toEqual({ kind: 'empty' })
    const padded = a1.compact.replace('.', '=.')
    expect(await verdictOf(padded, SECRET)).toMatchObject({
      kind: 'unreadable',
      failure: { code: 'ERR_SEGMENT_BASE64', hint: 'base64' },
    })
  })
})
