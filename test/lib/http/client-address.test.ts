import {
  PEER_ADDRESS_HEADER,
  clientAddress,
  markConnectionHookInstalled,
  normalizeIp,
  rateLimitKey,
} from '@/lib/http/client-address'

describe('normalizeIp', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1'],
    [' 192.0.2.1 ', '192.0.2.1'],
    ['192.0.2.1:8080', '192.0.2.1'],
    ['::1', '0:0:0:0:0:0:0:1'],
    ['[::1]', '0:0:0:0:0:0:0:1'],
    ['[::1]:3000', '0:0:0:0:0:0:0:1'],
    ['2001:db8::1', '2001:db8:0:0:0:0:0:1'],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8:0:0:0:0:0:1'],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8:0:0:0:0:0:1'],
    ['2001:db8::', '2001:db8:0:0:0:0:0:0'],
    ['::', '0:0:0:0:0:0:0:0'],
    ['fe80::1%eth0', 'fe80:0:0:0:0:0:0:1'],
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['::FFFF:c000:0201', '192.0.2.1'],
    ['[::ffff:192.0.2.1]:443', '192.0.2.1'],
    ['0:0:0:0:0:ffff:192.0.2.1', '192.0.2.1'],
    ['64:ff9b::192.0.2.1', '64:ff9b:0:0:0:0:c000:201'],
  ])('%j → %j', (raw, expected) => expect(normalizeIp(raw)).toBe(expected))

  it.each([
    '',
    'unknown',
    '999.1.1.1',
    '1.2.3',
    '::g',
    '1::2::3',
    '[::1',
    'localhost',
    '1.2.3.4.5',
  ])('refuses %j', (raw) => expect(normalizeIp(raw)).toBeNull())
})

describe('rateLimitKey', () => {
  it('keys IPv4 on the address and IPv6 on its /64', () => {
    expect(rateLimitKey('192.0.2.1')).toBe('192.0.2.1')
    const a = rateLimitKey(normalizeIp('2001:db8:1:2::1')!)
    expect(a).toBe('2001:db8:1:2::/64')
    expect(rateLimitKey(normalizeIp('2001:DB8:1:2:ffff:ffff:ffff:ffff')!)).toBe(a)
    expect(rateLimitKey(normalizeIp('2001:db8:1:3::1')!)).not.toBe(a)
  })
})

describe('clientAddress', () => {
  const request = (peer: string | null, forwardedFor?: string) => {
    const headers = new Headers()
    if (peer !== null) headers.set(PEER_ADDRESS_HEADER, peer)
    if (forwardedFor !== undefined) headers.set('x-forwarded-for', forwardedFor)
    headers.set('x-real-ip', '203.0.113.250')
    return new Request('http://localhost/api/auth/login', { headers })
  }

  beforeEach(() => markConnectionHookInstalled(true))
  afterEach(() => {
    markConnectionHookInstalled(false)
    delete process.env.TRUST_PROXY
  })

  it('is the socket address by default, whatever X-Forwarded-For and X-Real-IP say', () => {
    expect(clientAddress(request('::ffff:127.0.0.1', '198.51.100.7'))).toBe('127.0.0.1')
    expect(clientAddress(request('::1', '198.51.100.7, 198.51.100.8'))).toBe('0:0:0:0:0:0:0:1')
  })

  it('with TRUST_PROXY=n, is the entry n hops left of the socket', () => {
    process.env.TRUST_PROXY = '1'
    expect(clientAddress(request('10.0.0.1', 'spoofed, 198.51.100.7'))).toBe('198.51.100.7')
    process.env.TRUST_PROXY = '2'
    expect(clientAddress(request('10.0.0.1', '198.51.100.9, 198.51.100.7, 10.0.0.2'))).toBe(
      '198.51.100.7',
    )
    // Fewer entries than hops: the leftmost, as Express's `trust proxy` does.
    expect(clientAddress(request('10.0.0.1', '198.51.100.7'))).toBe('198.51.100.7')
    expect(clientAddress(request('10.0.0.1'))).toBe('10.0.0.1')
  })

  it('with TRUST_PROXY, a malformed chosen entry falls back to the hop right of it', () => {
    process.env.TRUST_PROXY = '1'
    expect(clientAddress(request('10.0.0.1', 'not-an-ip'))).toBe('10.0.0.1')
    expect(clientAddress(request('10.0.0.1', '[2001:db8::5]:1234'))).toBe('2001:db8:0:0:0:0:0:5')
  })

  it('refuses a TRUST_PROXY that is not a hop count', () => {
    for (const value of ['yes', '-1', '1.5', '99']) {
      process.env.TRUST_PROXY = value
      expect(() => clientAddress(request('10.0.0.1')), value).toThrow(/TRUST_PROXY/)
    }
  })

  it('fails closed: no hook, or no peer header, is an error, not a header the client wrote', () => {
    expect(() => clientAddress(request(null, '198.51.100.7'))).toThrow(/connection hook/)
    markConnectionHookInstalled(false)
    expect(() => clientAddress(request('198.51.100.7', '198.51.100.7'))).toThrow(/connection hook/)
  })
})
