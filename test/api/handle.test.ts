import { ApiError, handle } from '@/lib/http'

describe('handle()', () => {
  it('turns an ApiError into its problem+json response, headers included', async () => {
    const route = handle(async () => {
      throw new ApiError('RATE_LIMITED', 'slow down', { headers: { 'Retry-After': '7' } })
    })
    const res = await route(new Request('http://localhost/api/x'))
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('7')
    expect(await res.json()).toEqual({
      type: 'urn:jwt-playground:error:RATE_LIMITED',
      title: 'Too many attempts',
      status: 429,
      detail: 'slow down',
      code: 'RATE_LIMITED',
    })
  })

  it('logs a genuine server fault and answers a 500 that reveals nothing', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const route = handle(async () => {
      throw new Error('database file is locked: /secret/path')
    })
    const res = await route(new Request('http://localhost/api/x', { method: 'POST' }))
    expect(res.status).toBe(500)
    const body = (await res.json()) as { code: string; detail: string }
    expect(body.code).toBe('INTERNAL_ERROR')
    expect(JSON.stringify(body)).not.toContain('/secret/path')
    expect(log).toHaveBeenCalledOnce()
    log.mockRestore()
  })
})
