/**
 * The labs' HTTP contract around the attacks: instances that expire or are unknown, the
 * `verifier` switch, unknown slugs, public keys, the exploit server, the word list, methods and
 * the rate limit.
 */
import { dictionary } from '@zxcvbn-ts/language-common'
import { allowHeader, apiRouteMethods } from '@/lib/http/api-routes'
import { unroutableAnswer } from '@/lib/http/connection-hook'
import { LABS, LAB_SLUGS } from '@/lib/labs/catalog'
import { resetLabRateLimits } from '@/lib/labs/rate-limit'
import { expectProblem } from '../../api/helpers'
import {
  adminClaims,
  askAdmin,
  claimsOf,
  freshPeer,
  labRequest,
  routes,
  sign,
  startSession,
  withPayload,
} from './lab-client'

afterEach(() => {
  vi.useRealTimers()
})

describe('instances', () => {
  it('a token naming no instance is 401 LAB_INSTANCE_UNKNOWN, on both verifiers', async () => {
    const token = await startSession('alg-none')
    for (const sid of ['AAAAAAAAAAAAAAAAAAAAAA', undefined, 42, '../x']) {
      const forged = await sign({ alg: 'none' }, { ...adminClaims(token), sid })
      await expectProblem(await askAdmin('alg-none', forged), 401, 'LAB_INSTANCE_UNKNOWN')
      await expectProblem(
        await askAdmin('alg-none', forged, 'hardened'),
        401,
        'LAB_INSTANCE_UNKNOWN',
      )
    }
  })

  it('an instance of one lab is unknown to another', async () => {
    const token = await startSession('alg-none')
    const res = await askAdmin('unverified-signature', withPayload(token, adminClaims(token)))
    await expectProblem(res, 401, 'LAB_INSTANCE_UNKNOWN')
  })

  it('expires after 30 minutes: 401 LAB_INSTANCE_EXPIRED, and a new session works', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-01T12:00:00Z'))
    const token = await startSession('unverified-signature')
    const forged = withPayload(token, adminClaims(token))
    vi.setSystemTime(new Date('2026-12-01T12:29:59Z'))
    expect((await askAdmin('unverified-signature', forged)).status).toBe(200)
    vi.setSystemTime(new Date('2026-12-01T12:30:00Z'))
    await expectProblem(await askAdmin('unverified-signature', forged), 401, 'LAB_INSTANCE_EXPIRED')
    const again = await startSession('unverified-signature')
    expect(
      (await askAdmin('unverified-signature', withPayload(again, adminClaims(again)))).status,
    ).toBe(200)
  })
})

describe('the verifier switch', () => {
  it.each(['', 'HARDENED', 'vulnerable ', 'fixed', 'hardened&verifier=hardened'])(
    '?verifier=%s is 400 LAB_VERIFIER_UNKNOWN',
    async (value) => {
      const token = await startSession('alg-none')
      const path = `/api/labs/alg-none/admin?verifier=${value}`
      const res = await routes.admin.GET(
        labRequest(path, { headers: { Authorization: `Bearer ${token}` } }),
      )
      await expectProblem(res, 400, 'LAB_VERIFIER_UNKNOWN')
    },
  )

  it('alg none is accepted in any case by the vulnerable server, refused by the fix', async () => {
    const token = await startSession('alg-none')
    for (const alg of ['none', 'None', 'NONE', 'nOnE']) {
      const forged = await sign({ alg }, adminClaims(token))
      expect((await askAdmin('alg-none', forged)).status, alg).toBe(200)
      await expectProblem(
        await askAdmin('alg-none', forged, 'hardened'),
        401,
        'LAB_ALG_NOT_ALLOWED',
      )
    }
  })
})

describe('reading the token', () => {
  it.each([
    ['no Authorization', {}, 401, 'LAB_TOKEN_MISSING'],
    ['another scheme', { Authorization: 'Basic dXNlcjpwYXNz' }, 401, 'LAB_TOKEN_MISSING'],
    ['an empty Bearer', { Authorization: 'Bearer ' }, 401, 'LAB_TOKEN_MISSING'],
    [
      'a header over 8 KB',
      { Authorization: `Bearer ${'a'.repeat(9000)}` },
      431,
      'LAB_TOKEN_TOO_LARGE',
    ],
    [
      'two segments',
      { Authorization: 'Bearer eyJhbGciOiJub25lIn0.e30' },
      401,
      'LAB_TOKEN_MALFORMED',
    ],
    ['not base64url', { Authorization: 'Bearer a*b.c*d.e' }, 401, 'LAB_TOKEN_MALFORMED'],
    [
      'a JSON array payload',
      { Authorization: 'Bearer eyJhbGciOiJub25lIn0.W10.' },
      401,
      'LAB_TOKEN_MALFORMED',
    ],
    ['a JWE', { Authorization: 'Bearer eyJhbGciOiJkaXIifQ.a.b.c.d' }, 401, 'LAB_TOKEN_MALFORMED'],
  ])('%s → %i %s', async (_, headers, status, code) => {
    const res = await routes.admin.GET(labRequest('/api/labs/alg-none/admin', { headers }))
    await expectProblem(res, status, code)
  })
})

describe('slugs and public keys', () => {
  it('an unknown slug is 404 LAB_UNKNOWN on every lab route', async () => {
    const token = await startSession('alg-none')
    const auth = { headers: { Authorization: `Bearer ${token}` } }
    for (const slug of ['nope', 'ALG-NONE', '__proto__', 'constructor', '%E2%80%AE']) {
      await expectProblem(
        await routes.session.POST(labRequest(`/api/labs/${slug}/session`, { method: 'POST' })),
        404,
        'LAB_UNKNOWN',
      )
      await expectProblem(
        await routes.admin.GET(labRequest(`/api/labs/${slug}/admin`, auth)),
        404,
        'LAB_UNKNOWN',
      )
      await expectProblem(
        await routes.jwks.GET(labRequest(`/api/labs/${slug}/jwks.json?sid=AAAAAAAAAAAAAAAAAAAAAA`)),
        404,
        'LAB_UNKNOWN',
      )
    }
  })

  it.each(LAB_SLUGS)('%s: jwks.json as the catalogue says', async (slug) => {
    const sid = String(claimsOf(await startSession(slug)).sid)
    const res = await routes.jwks.GET(labRequest(`/api/labs/${slug}/jwks.json?sid=${sid}`))
    if (!LABS[slug].jwks) {
      await expectProblem(res, 404, 'LAB_NO_PUBLIC_KEYS')
      return
    }
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json')
    const { keys } = (await res.json()) as { keys: Record<string, unknown>[] }
    expect(keys).toHaveLength(1)
    expect(keys[0]).toMatchObject({ alg: LABS[slug].alg, use: 'sig', kid: expect.any(String) })
    for (const member of ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'])
      expect(keys[0]).not.toHaveProperty(member)
  })

  it('jwks.json and public.pem need a live sid', async () => {
    for (const query of ['', '?sid=', '?sid=short', '?sid=AAAAAAAAAAAAAAAAAAAAAA']) {
      const expected = query.endsWith('AAAA')
        ? [401, 'LAB_INSTANCE_UNKNOWN']
        : [400, 'LAB_INSTANCE_MISSING']
      const jwks = await routes.jwks.GET(
        labRequest(`/api/labs/psychic-signature/jwks.json${query}`),
      )
      await expectProblem(jwks, expected[0] as number, expected[1] as string)
      const pem = await routes.publicPem.GET(
        labRequest(`/api/labs/algorithm-confusion/public.pem${query}`),
      )
      await expectProblem(pem, expected[0] as number, expected[1] as string)
    }
  })

  it('public.pem is the SPKI PEM of the key in jwks.json', async () => {
    const sid = String(claimsOf(await startSession('algorithm-confusion')).sid)
    const pem = await routes.publicPem.GET(
      labRequest(`/api/labs/algorithm-confusion/public.pem?sid=${sid}`),
    )
    expect(pem.headers.get('content-type')).toBe('application/x-pem-file')
    const text = await pem.text()
    const jwks = await routes.jwks.GET(
      labRequest(`/api/labs/algorithm-confusion/jwks.json?sid=${sid}`),
    )
    const { keys } = (await jwks.json()) as { keys: Record<string, string>[] }
    const { createPublicKey } = await import('node:crypto')
    const fromPem = createPublicKey(text).export({ format: 'jwk' })
    expect(fromPem.n).toBe(keys[0]!.n)
    expect(fromPem.e).toBe(keys[0]!.e)
  })
})

describe('the exploit server', () => {
  const jwk = {
    kty: 'EC',
    crv: 'P-256',
    x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
    y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
  }

  function put(
    id: string,
    body: unknown,
    headers: Record<string, string> = { 'Content-Type': 'application/json' },
  ) {
    return routes.exploit.PUT(
      labRequest(`/api/labs/exploit-server/${id}`, {
        method: 'PUT',
        headers,
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    )
  }

  it('serves back what was PUT, at the URL it answered, for an hour', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-01T12:00:00Z'))
    const res = await put('round-trip-1', { keys: [{ ...jwk, kid: 'mine' }] })
    expect(res.status).toBe(200)
    const { url } = (await res.json()) as { url: string }
    expect(url).toBe('http://localhost/api/labs/exploit-server/round-trip-1')
    const got = await routes.exploit.GET(labRequest(new URL(url).pathname))
    expect(got.status).toBe(200)
    expect(await got.json()).toEqual({ keys: [{ ...jwk, kid: 'mine' }] })
    vi.setSystemTime(new Date('2026-12-01T13:00:00Z'))
    const gone = await routes.exploit.GET(labRequest(new URL(url).pathname))
    await expectProblem(gone, 404, 'LAB_EXPLOIT_NOT_FOUND')
  })

  it.each([
    ['no keys member', {}],
    ['keys not an array', { keys: {} }],
    ['no keys', { keys: [] }],
    ['eleven keys', { keys: Array(11).fill(jwk) }],
    ['a private key', { keys: [{ ...jwk, d: 'jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI' }] }],
    ['a symmetric key', { keys: [{ kty: 'oct', k: 'c2VjcmV0' }] }],
    ['an unknown kty', { keys: [{ kty: 'XYZ' }] }],
    ['an RSA key without n', { keys: [{ kty: 'RSA', e: 'AQAB' }] }],
    ['a kid that is a number', { keys: [{ ...jwk, kid: 7 }] }],
    ['a key that is a string', { keys: ['x'] }],
    ['an array body', [jwk]],
  ])('%s → 400 LAB_JWKS_INVALID', async (_, body) => {
    await expectProblem(await put('bad-body-1', body), 400, 'LAB_JWKS_INVALID')
  })

  it.each(['short', 'a'.repeat(65), 'has space', 'dots.in.it', '%2E%2E%2Fx'])(
    'id %s → 400 LAB_EXPLOIT_ID_INVALID',
    async (id) => {
      await expectProblem(await put(id, { keys: [jwk] }), 400, 'LAB_EXPLOIT_ID_INVALID')
    },
  )

  it('refuses bodies over 8 KB, not JSON, or of another media type', async () => {
    const big = { keys: [{ ...jwk, kid: 'k'.repeat(9000) }] }
    await expectProblem(await put('too-big-1', big), 413, 'BODY_TOO_LARGE')
    await expectProblem(await put('not-json-1', '{"keys": ['), 400, 'INVALID_JSON')
    await expectProblem(
      await put('text-body-1', { keys: [jwk] }, { 'Content-Type': 'text/plain' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    )
  })
})

describe('the word list', () => {
  it('is zxcvbn’s common-password list from the top, one word a line, under 100 KB, cached', async () => {
    const res = await routes.wordlist.GET(labRequest('/api/labs/weak-secret/wordlist'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d{4,}/)
    const text = await res.text()
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(100 * 1024)
    expect(Buffer.byteLength(text)).toBeGreaterThan(90 * 1024)
    const words = text.split('\n')
    expect(words.pop()).toBe('')
    expect(words).toEqual(dictionary['passwords-common'].slice(0, words.length))
  })
})

describe('methods', () => {
  const cases = [
    ['/api/labs/alg-none/session', routes.session, 'OPTIONS, POST'],
    ['/api/labs/alg-none/admin', routes.admin, 'GET, HEAD, OPTIONS'],
    ['/api/labs/psychic-signature/jwks.json', routes.jwks, 'GET, HEAD, OPTIONS'],
    ['/api/labs/algorithm-confusion/public.pem', routes.publicPem, 'GET, HEAD, OPTIONS'],
    ['/api/labs/weak-secret/wordlist', routes.wordlist, 'GET, HEAD, OPTIONS'],
    ['/api/labs/exploit-server/some-id-1', routes.exploit, 'GET, HEAD, OPTIONS, PUT'],
  ] as const
  const METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH'] as const

  it.each(cases)(
    '%s: the connection hook answers TRACE with 405 and Allow %s',
    (path, _, allow) => {
      expect(allowHeader(apiRouteMethods(path)!)).toBe(allow)
      const answer = unroutableAnswer('TRACE', path)
      expect(answer.status).toBe(405)
      expect(answer.headers.Allow).toBe(allow)
    },
  )

  it('the connection hook knows no lab path that no route file claims', () => {
    for (const path of ['/api/labs/alg-none', '/api/labs/alg-none/session/x', '/api/labs']) {
      expect(apiRouteMethods(path), path).toBeUndefined()
      expect(unroutableAnswer('TRACE', path).status).toBe(404)
    }
  })

  it.each(cases)('%s: other methods are 405 with Allow %s', async (path, mod, allow) => {
    const options = await mod.OPTIONS(labRequest(path, { method: 'OPTIONS' }))
    expect(options.status).toBe(204)
    expect(options.headers.get('allow')).toBe(allow)
    for (const method of METHODS.filter((m) => !allow.split(', ').includes(m))) {
      const res = await mod[method](labRequest(path, { method }))
      await expectProblem(res, 405, 'METHOD_NOT_ALLOWED')
      expect(res.headers.get('allow')).toBe(allow)
    }
  })
})

describe('the rate limit', () => {
  beforeEach(() => resetLabRateLimits())
  afterAll(() => resetLabRateLimits())

  it('120 lab requests a minute per client, then 429 with Retry-After; X-Forwarded-For changes nothing', async () => {
    const peer = freshPeer()
    const statuses: number[] = []
    for (let i = 0; i < 121; i += 1) {
      const res = await routes.wordlist.GET(
        labRequest('/api/labs/weak-secret/wordlist', {
          peer,
          headers: { 'X-Forwarded-For': `198.51.100.${i % 250}` },
        }),
      )
      statuses.push(res.status)
    }
    expect(statuses.slice(0, 120).every((status) => status === 200)).toBe(true)
    const res = await routes.wordlist.GET(labRequest('/api/labs/weak-secret/wordlist', { peer }))
    const problem = await expectProblem(res, 429, 'LAB_RATE_LIMITED')
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(problem.detail).toMatch(/try again in \d+ s/)
    // Another client is not affected.
    expect((await routes.wordlist.GET(labRequest('/api/labs/weak-secret/wordlist'))).status).toBe(
      200,
    )
  })

  it('20 new sessions a minute per client', async () => {
    const peer = freshPeer()
    for (let i = 0; i < 20; i += 1) {
      const res = await routes.session.POST(
        labRequest('/api/labs/alg-none/session', { method: 'POST', peer }),
      )
      expect(res.status).toBe(200)
    }
    const res = await routes.session.POST(
      labRequest('/api/labs/alg-none/session', { method: 'POST', peer }),
    )
    await expectProblem(res, 429, 'LAB_RATE_LIMITED')
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/)
  })
})
