import { initialState } from '@/lib/playground/edit-state'
import { restoreAfterHydration } from '@/lib/playground/restore'
import { shareUrl } from '@/lib/playground/share'

const defaults = initialState({
  token: 'eyJhbGciOiJIUzI1NiJ9.e30.ZXhhbXBsZQ',
  secret: 'example secret',
})
const LINKED = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJsaW5rIn0.c2ln'
const linkHash = new URL(shareUrl('https://jwt.example/en/playground', LINKED)!).hash
const session = { ...defaults, input: 'Bearer eyJ.from.session', secret: 'session secret' }

describe('restoreAfterHydration', () => {
  it('keeps the example when there is nothing to restore', () => {
    expect(restoreAfterHydration(defaults, defaults, '', {})).toBeNull()
    expect(restoreAfterHydration(defaults, defaults, '#section', {})).toBeNull()
  })

  it("restores the tab's session", () => {
    expect(restoreAfterHydration(defaults, session, '', {})).toEqual({ saved: session })
  })

  it("opens a shared link's token once, without the example's secret, and says so", () => {
    const opened = restoreAfterHydration(defaults, defaults, linkHash, {})!
    expect(opened.notice).toBe('restored')
    expect(opened.saved).toMatchObject({ input: LINKED, secret: '', consumedHash: linkHash })
    // The same link again in this tab (a reload): the session, not the link.
    const later = { ...opened.saved, input: 'typed since' }
    expect(restoreAfterHydration(defaults, later, linkHash, {})).toEqual({ saved: later })
  })

  it('a link over a session keeps the secret the reader gave', () => {
    const opened = restoreAfterHydration(defaults, session, linkHash, {})!
    expect(opened.saved).toMatchObject({ input: LINKED, secret: 'session secret' })
  })

  it('what was typed before hydration wins over the session and the link, which is then spent', () => {
    const typed = 'Cookie: session=eyJ.typed.early'
    expect(restoreAfterHydration(defaults, defaults, '', { input: typed })).toEqual({
      saved: { ...defaults, input: typed },
    })
    expect(restoreAfterHydration(defaults, session, '', { input: typed })!.saved).toMatchObject({
      input: typed,
      secret: 'session secret',
    })
    const overLink = restoreAfterHydration(defaults, defaults, linkHash, { input: typed })!
    expect(overLink.notice).toBeUndefined()
    // As when typed after hydration: the link's blanking of the example's secret does not apply.
    expect(overLink.saved).toMatchObject({
      input: typed,
      consumedHash: linkHash,
      secret: defaults.secret,
    })
    // A reload of the same link keeps the reader's text.
    expect(restoreAfterHydration(defaults, overLink.saved, linkHash, {})).toEqual({
      saved: overLink.saved,
    })
  })

  it('a secret typed before hydration is read as it was typed: UTF-8, for HS256', () => {
    const rsaSession = { ...session, alg: 'RS256', secretEncoding: 'base64url' as const }
    expect(
      restoreAfterHydration(defaults, rsaSession, '', { secret: 'typed' })!.saved,
    ).toMatchObject({ secret: 'typed', secretEncoding: 'utf8', alg: 'HS256' })
    const hs512 = { ...session, alg: 'HS512', secretEncoding: 'hex' as const }
    expect(restoreAfterHydration(defaults, hs512, '', { secret: 'typed' })!.saved).toMatchObject({
      secretEncoding: 'utf8',
      alg: 'HS512',
    })
  })

  it('a secret typed before hydration wins over the session one and the link blanking it', () => {
    expect(restoreAfterHydration(defaults, session, '', { secret: 'typed' })!.saved.secret).toBe(
      'typed',
    )
    expect(
      restoreAfterHydration(defaults, defaults, linkHash, { secret: 'typed' })!.saved.secret,
    ).toBe('typed')
  })
})
