import { decodeToken, findTokens, type JwtWarning } from '@/lib/jwt'
import { dedupeWarnings, playgroundWarnings, type WarningSources } from '@/lib/playground/warnings'

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
// No exp, and sent without "Bearer": one warning from decoding, one from finding.
const TOKEN = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: '42' })}.c2ln`

function sources(overrides: Partial<WarningSources> = {}): WarningSources {
  const found = findTokens(`Authorization: ${TOKEN}`)
  return {
    found,
    decoded: decodeToken(TOKEN, { payload: 'any' }),
    verified: undefined,
    signWarnings: [],
    editing: false,
    hmac: true,
    hasPublicKey: false,
    ...overrides,
  }
}
const codes = (warnings: JwtWarning[]) => warnings.map((w) => w.code)

describe('playgroundWarnings', () => {
  it('gathers the finder’s and the decoder’s warnings', () => {
    const list = codes(playgroundWarnings(sources()))
    expect(list).toContain('WARN_AUTHORIZATION_WITHOUT_BEARER')
    expect(list).toContain('WARN_NO_EXP')
  })

  it('leaves out the finder’s warnings while editing (the pasted text is not shown)', () => {
    const list = codes(playgroundWarnings(sources({ editing: true })))
    expect(list).not.toContain('WARN_AUTHORIZATION_WITHOUT_BEARER')
    expect(list).toContain('WARN_NO_EXP')
  })

  it('drops "private key used to verify" only when signing with a fresh pair', () => {
    const privateKey: JwtWarning = { code: 'WARN_PRIVATE_KEY_FOR_VERIFY' }
    const verified = { ok: false, code: 'ERR_SIGNATURE_INVALID', warnings: [privateKey] } as never
    const editingPair = { verified, editing: true, hmac: false, hasPublicKey: false }
    expect(codes(playgroundWarnings(sources(editingPair)))).not.toContain(privateKey.code)
    for (const other of [{ editing: false }, { hasPublicKey: true }, { hmac: true }])
      expect(codes(playgroundWarnings(sources({ ...editingPair, ...other })))).toContain(
        privateKey.code,
      )
  })

  it('adds the signer’s warnings', () => {
    const signWarnings: JwtWarning[] = [{ code: 'WARN_UNSECURED_TOKEN' }]
    expect(codes(playgroundWarnings(sources({ signWarnings })))).toContain('WARN_UNSECURED_TOKEN')
  })
})

describe('dedupeWarnings', () => {
  it('keeps the first of the same code at the same place', () => {
    const list: JwtWarning[] = [
      { code: 'WARN_NO_EXP', segment: 'payload' },
      { code: 'WARN_NO_EXP', segment: 'payload', detail: 'again' },
      { code: 'WARN_SENSITIVE_CLAIM', segment: 'payload', claim: 'password' },
      { code: 'WARN_SENSITIVE_CLAIM', segment: 'payload', claim: 'ssn' },
    ]
    expect(dedupeWarnings(list)).toEqual([list[0], list[2], list[3]])
  })
})
