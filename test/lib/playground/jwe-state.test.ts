import { initialState } from '@/lib/playground/edit-state'
import { INITIAL_JWE } from '@/lib/playground/jwe-state'
import { initialPlaygroundState, playgroundReducer } from '@/lib/playground/playground-state'
import type { JwtFailure } from '@/lib/jwt/errors'

const fresh = initialPlaygroundState(
  initialState({ token: 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln', secret: 'example secret' }),
)
const JWE =
  'eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..aXZpdml2aXZpdml2.Y2lwaGVy.dGFndGFndGFndGFndGFn'

describe('the playground reducer, JWE part', () => {
  it('starts with no key and the dir + A256GCM form', () => {
    expect(fresh.jwe).toEqual(INITIAL_JWE)
  })

  it('a new token keeps the decryption key (to decrypt it); clearing everything forgets it', () => {
    const keyed = playgroundReducer(fresh, { type: 'jwe-set', patch: { decryptKey: 'k' } })
    const pasted = playgroundReducer(keyed, { type: 'input', value: JWE })
    expect(pasted.jwe.decryptKey).toBe('k')
    const cleared = playgroundReducer(pasted, { type: 'reset', saved: fresh.saved, scope: 'all' })
    expect(cleared.jwe).toEqual(INITIAL_JWE)
  })

  it('changing the form forgets the token it made; typing a decryption key does not', () => {
    const made = playgroundReducer(fresh, { type: 'jwe-encrypted', token: JWE, error: null })
    expect(
      playgroundReducer(made, { type: 'jwe-set', patch: { decryptKey: 'x' } }).jwe.encrypted.token,
    ).toBe(JWE)
    expect(
      playgroundReducer(made, { type: 'jwe-set', patch: { enc: 'A128GCM' } }).jwe.encrypted.token,
    ).toBeNull()
    const failed = playgroundReducer(fresh, {
      type: 'jwe-encrypted',
      token: null,
      error: { ok: false, code: 'ERR_JWE_KEY_SIZE' } as JwtFailure,
    })
    expect(failed.jwe.encrypted.error?.code).toBe('ERR_JWE_KEY_SIZE')
  })

  it('another alg forgets the generated key, which was made for the old one', () => {
    const generated = playgroundReducer(fresh, {
      type: 'jwe-generated',
      generated: { kind: 'password', password: 'p' },
      patch: { encryptKey: 'p' },
    })
    expect(generated.jwe).toMatchObject({ encryptKey: 'p', generated: { kind: 'password' } })
    expect(
      playgroundReducer(generated, { type: 'jwe-set', patch: { alg: 'A128KW' } }).jwe.generated,
    ).toBeNull()
  })

  it('"decrypt it here" puts the token in the input, in decode mode, with its key', () => {
    const editing = { ...fresh, saved: { ...fresh.saved, mode: 'encode' as const } }
    const opened = playgroundReducer(editing, {
      type: 'jwe-open',
      token: JWE,
      decryptKey: 'secret',
      decryptEncoding: 'utf8',
    })
    expect(opened.saved).toMatchObject({ input: JWE, mode: 'decode' })
    expect(opened.jwe).toMatchObject({ decryptKey: 'secret', decryptEncoding: 'utf8' })
    // The key panel's secret (for a nested token's signature) stays.
    expect(opened.saved.secret).toBe(fresh.saved.secret)
  })
})
