import { withApiSecurityHeaders } from '@/lib/http/security-headers'

describe('withApiSecurityHeaders', () => {
  it('adds what an API answer must carry and keeps what the answer set itself', () => {
    const own = new Response('{}', { headers: { 'Content-Security-Policy': 'sandbox' } })
    const res = withApiSecurityHeaders(own)
    expect(res).toBe(own)
    expect(res.headers.get('content-security-policy')).toBe('sandbox')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
  })

  it('answers with a copy when the headers cannot change (Response.redirect)', async () => {
    const redirect = Response.redirect('https://example.com/next', 303)
    expect(() => redirect.headers.set('x-test', '1')).toThrow()
    const res = withApiSecurityHeaders(redirect)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('https://example.com/next')
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    )
  })
})
