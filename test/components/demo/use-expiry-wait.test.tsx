import { act, renderHook } from '@testing-library/react'
import { useExpiryWait } from '@/components/demo/use-expiry-wait'

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
/** A token that expires a minute from now (the hook only reads `exp`). */
function tokenExpiringSoon(sub: string) {
  const exp = Math.floor(Date.now() / 1000) + 60
  return `${b64url({ alg: 'ES256', typ: 'at+jwt' })}.${b64url({ sub, exp })}.c2ln`
}

/** Lets the decoder's dynamic import and the state updates after it settle. */
async function settle() {
  await act(async () => {
    await import('@/lib/jwt/segment')
    await new Promise((resolve) => setTimeout(resolve, 0))
  })
}

function setup() {
  const onExpired = vi.fn()
  const hook = renderHook(
    (props: { token: string | null }) =>
      useExpiryWait({ token: props.token, leeway: 5, onExpired }),
    {
      initialProps: { token: tokenExpiringSoon('42') },
    },
  )
  return { ...hook, onExpired }
}

describe('useExpiryWait', () => {
  it('counts down to exp plus the leeway once pressed', async () => {
    const { result } = setup()
    act(() => result.current.toggle())
    await settle()
    expect(result.current.waiting).toBe(true)
    expect(result.current.secondsLeft).toBeGreaterThan(60)
    expect(result.current.secondsLeft).toBeLessThanOrEqual(66)
  })

  it('a second press while the decoder loads stops it: no wait starts', async () => {
    const { result } = setup()
    act(() => {
      result.current.toggle()
      result.current.toggle()
    })
    await settle()
    expect(result.current.waiting).toBe(false)
  })

  it('stop while the decoder loads: no wait starts', async () => {
    const { result } = setup()
    act(() => {
      result.current.toggle()
      result.current.stop()
    })
    await settle()
    expect(result.current.waiting).toBe(false)
  })

  it('a new token (a refresh, a logout) while the decoder loads: no wait for the old one', async () => {
    const { result, rerender } = setup()
    act(() => result.current.toggle())
    rerender({ token: tokenExpiringSoon('43') })
    await settle()
    expect(result.current.waiting).toBe(false)
  })
})
