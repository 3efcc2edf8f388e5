import type { JwtFailure, JwtWarning } from '@/lib/jwt/errors'
import { initialState } from '@/lib/playground/edit-state'
import {
  followTokenAlgorithm,
  initialPlaygroundState,
  playgroundReducer,
  type Generated,
  type PlaygroundAction,
  type PlaygroundState,
} from '@/lib/playground/playground-state'

const example = { token: 'eyJ.example.sig', secret: 'teaching-secret' }
const fresh = initialPlaygroundState(initialState(example))
const failure: JwtFailure = { ok: false, code: 'ERR_INTERNAL', detail: 'boom' }
const warning = { code: 'WARN_UNSECURED_TOKEN' } as JwtWarning
const generated: Generated = { kind: 'secret', bytes: 32, base64url: 'c2s', hex: '7373', jwk: '{}' }

const run = (state: PlaygroundState, ...actions: PlaygroundAction[]) =>
  actions.reduce(playgroundReducer, state)

/** A page where the learner has done a bit of everything that a reset may forget. */
const busy = run(
  fresh,
  { type: 'pick-token', index: 1 },
  {
    type: 'reset',
    scope: 'token',
    saved: { ...fresh.saved, input: 'linked.token.sig' },
    notice: 'restored',
  },
  { type: 'generated', generated, patch: { secret: 'c2s', secretEncoding: 'base64url' } },
  { type: 'signed', error: failure, warnings: [warning] },
  { type: 'fix-now', now: 1_700_000_000_000 },
)

describe('followTokenAlgorithm', () => {
  it('moves the picker to a newly arrived token alg', () => {
    expect(followTokenAlgorithm(fresh, 'RS256').saved.alg).toBe('RS256')
  })

  it('follows Ed25519 and its legacy name EdDSA each to its own entry', () => {
    expect(followTokenAlgorithm(fresh, 'Ed25519').saved.alg).toBe('Ed25519')
    expect(followTokenAlgorithm(fresh, 'EdDSA').saved.alg).toBe('EdDSA')
  })

  it('leaves the picker alone for an alg it does not offer', () => {
    const rs = followTokenAlgorithm(fresh, 'RS256')
    expect(followTokenAlgorithm(rs, 'none').saved.alg).toBe('RS256')
    expect(followTokenAlgorithm(rs, undefined).saved.alg).toBe('RS256')
  })

  it('returns the same state when the token alg is the one already followed', () => {
    const rs = followTokenAlgorithm(fresh, 'RS256')
    expect(followTokenAlgorithm(rs, 'RS256')).toBe(rs)
  })

  it('keeps a different choice made afterwards for the same token', () => {
    const picked = run(
      fresh,
      { type: 'token-algorithm', tokenAlg: 'HS256' },
      { type: 'pick-algorithm', alg: 'RS256', tokenAlg: 'HS256' },
    )
    expect(followTokenAlgorithm(picked, 'HS256').saved.alg).toBe('RS256')
  })

  it('keeps a choice made before the token alg was committed', () => {
    // The page shows the followed alg before its effect commits it; a pick in between wins.
    const picked = run(fresh, { type: 'pick-algorithm', alg: 'ES256', tokenAlg: 'PS256' })
    expect(run(picked, { type: 'token-algorithm', tokenAlg: 'PS256' }).saved.alg).toBe('ES256')
  })
})

describe('one reset', () => {
  const saved = { ...fresh.saved, input: 'other' }

  it('a new input forgets the pick, the notice and the signing outcome, keeps keys and clock', () => {
    const next = run(busy, { type: 'input', value: 'typed.token.sig' })
    expect(next).toMatchObject({
      picked: null,
      notice: null,
      signing: { error: null, warnings: [] },
      generated,
      fixedNow: 1_700_000_000_000,
    })
    expect(next.saved).toMatchObject({ input: 'typed.token.sig', mode: 'decode', secret: 'c2s' })
  })

  it('loading the example also forgets the generated keys, not the clock', () => {
    const next = run(busy, { type: 'reset', saved, scope: 'example' })
    expect(next).toMatchObject({ saved, picked: null, notice: null, generated: null })
    expect(next.signing).toEqual({ error: null, warnings: [] })
    expect(next.fixedNow).toBe(1_700_000_000_000)
  })

  it('clearing everything also lets the clock run again', () => {
    const next = run(busy, { type: 'reset', saved, scope: 'all' })
    expect(next).toMatchObject({ saved, picked: null, notice: null, generated: null })
    expect(next.fixedNow).toBeNull()
  })
})

describe('signing outcomes', () => {
  const editing = run(fresh, {
    type: 'start-editing',
    decoded: { headerText: '{"alg":"HS256"}', payloadText: '{}', tokenAlg: 'HS256' },
  })

  it('puts the signed token in the input while editing', () => {
    const next = run(editing, { type: 'signed', token: 'new.signed.token', error: null })
    expect(next.saved.input).toBe('new.signed.token')
    expect(next.saved.pasted).toBe(example.token)
  })

  it('never overwrites the input once the learner is back to decoding', () => {
    const next = run(
      editing,
      { type: 'decode-current' },
      { type: 'signed', token: 'late.signed.token', error: null, warnings: [warning] },
    )
    expect(next.saved.input).toBe(example.token)
    expect(next.signing.warnings).toEqual([warning])
  })

  it('keeps the last warnings when signing crashed before it could say', () => {
    const warned = run(editing, {
      type: 'signed',
      token: 'a.b.c',
      error: null,
      warnings: [warning],
    })
    const crashed = run(warned, { type: 'signed', error: failure })
    expect(crashed.signing).toEqual({ error: failure, warnings: [warning] })
    expect(crashed.saved.input).toBe('a.b.c')
  })

  it('leaving edit mode forgets the signing outcome', () => {
    const signed = run(editing, { type: 'signed', token: 'a.b.c', error: failure, warnings: [] })
    expect(run(signed, { type: 'back-to-pasted' }).signing.error).toBeNull()
    expect(run(signed, { type: 'back-to-pasted' }).saved.input).toBe(example.token)
    expect(run(signed, { type: 'decode-current' }).signing.error).toBeNull()
  })
})

describe('key fields', () => {
  it('a generated key fills the fields it belongs to and is shown', () => {
    expect(busy.saved).toMatchObject({ secret: 'c2s', secretEncoding: 'base64url' })
    expect(busy.generated).toBe(generated)
  })

  it('typing in a field changes that field only', () => {
    const next = run(fresh, { type: 'set', patch: { publicKey: 'PEM' } })
    expect(next.saved).toEqual({ ...fresh.saved, publicKey: 'PEM' })
  })
})
