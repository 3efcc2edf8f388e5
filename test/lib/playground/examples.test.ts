import { jwtVerify } from 'jose'
import { EXAMPLE_TOKEN as EXPIRED_EXAMPLE } from '@/components/home/example-token'
import { EXAMPLE_SECRET, VALID_EXAMPLE } from '@/lib/playground/examples'

const key = new Uint8Array(new TextEncoder().encode(EXAMPLE_SECRET))

describe('the playground examples', () => {
  afterEach(() => vi.useRealTimers())

  it('starts the learner on a token that verifies and is valid for decades', async () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2090-06-01T00:00:00Z'))
    const { payload, protectedHeader } = await jwtVerify(VALID_EXAMPLE, key, {
      algorithms: ['HS256'],
    })
    expect(protectedHeader).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(payload).toMatchObject({ sub: '42', name: 'Ada Lovelace' })
  })

  it('keeps an expired example with a good signature', async () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'))
    await expect(jwtVerify(EXPIRED_EXAMPLE, key, { algorithms: ['HS256'] })).rejects.toMatchObject({
      code: 'ERR_JWT_EXPIRED',
    })
    const { payload } = await jwtVerify(EXPIRED_EXAMPLE, key, {
      algorithms: ['HS256'],
      currentDate: new Date('2024-11-25T00:30:00Z'),
    })
    expect(payload).toMatchObject({ sub: '42', name: 'Ada Lovelace' })
  })
})
