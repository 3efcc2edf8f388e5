/**
 * The attack labs' HTTP contract through a real `next start` (issue 12): status codes and media
 * types of every lab route, Next's routing of the dynamic [slug] routes beside the static ones,
 * 404 and 405 problem+json, two labs solved over HTTP, and the rate limit keyed on the socket
 * (an own server with small limits, so nothing leaks into other specs).
 */
import { createHmac, createPrivateKey, generateKeyPairSync, sign as rsaSign } from 'node:crypto'
import type { APIRequestContext } from '@playwright/test'
import { expect, test } from './support/test'
import { startOwnServer, type OwnServer } from './support/own-server'

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>

async function startLab(request: APIRequestContext, slug: string): Promise<string> {
  const res = await request.post(`/api/labs/${slug}/session`)
  expect(res.status()).toBe(200)
  expect(res.headers()['content-type']).toBe('application/json')
  const body = (await res.json()) as { token: string }
  expect(Object.keys(body)).toEqual(['token'])
  return body.token
}

async function expectProblem(
  res: Awaited<ReturnType<APIRequestContext['get']>>,
  status: number,
  code: string,
) {
  expect({ status: res.status(), type: res.headers()['content-type'] }).toEqual({
    status,
    type: 'application/problem+json',
  })
  expect(((await res.json()) as { code: string }).code).toBe(code)
}

test.describe('lab routes through next start', () => {
  test('alg-none: the forged token gets the flag, the fixed server says LAB_ALG_NOT_ALLOWED', async ({
    request,
  }) => {
    const token = await startLab(request, 'alg-none')
    const forged = `${b64({ alg: 'NONE' })}.${b64({ ...claimsOf(token), role: 'admin' })}.`
    const admin = (t: string, query = '') =>
      request.get(`/api/labs/alg-none/admin${query}`, { headers: { Authorization: `Bearer ${t}` } })
    const solved = await admin(forged)
    expect(solved.status()).toBe(200)
    expect(solved.headers()['content-type']).toBe('application/json')
    expect(await solved.json()).toEqual({
      solved: true,
      lab: 'alg-none',
      flag: expect.stringMatching(/^JWTPG\{alg-none:/),
    })
    await expectProblem(await admin(forged, '?verifier=hardened'), 401, 'LAB_ALG_NOT_ALLOWED')
    await expectProblem(await admin(token), 403, 'LAB_NOT_ADMIN')
    await expectProblem(await admin(token, '?verifier=hardened'), 403, 'LAB_NOT_ADMIN')
    await expectProblem(await admin(token, '?verifier=other'), 400, 'LAB_VERIFIER_UNKNOWN')
    await expectProblem(await request.get('/api/labs/alg-none/admin'), 401, 'LAB_TOKEN_MISSING')
  })

  test('jku-injection: a JWKS put on the exploit server is fetched from its URL, on this host', async ({
    request,
    baseURL,
  }) => {
    const token = await startLab(request, 'jku-injection')
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'mine', alg: 'RS256' }
    const id = `e2e-${Date.now()}`
    const put = await request.put(`/api/labs/exploit-server/${id}`, { data: { keys: [jwk] } })
    expect(put.status()).toBe(200)
    const { url } = (await put.json()) as { url: string }
    expect(url).toBe(`${baseURL}/api/labs/exploit-server/${id}`)
    const served = await request.get(url)
    expect(served.headers()['content-type']).toBe('application/json')
    expect(await served.json()).toEqual({ keys: [jwk] })

    const input = `${b64({ alg: 'RS256', kid: 'mine', jku: url })}.${b64({ ...claimsOf(token), role: 'admin' })}`
    const signature = rsaSign(
      'sha256',
      Buffer.from(input),
      createPrivateKey(privateKey.export({ format: 'pem', type: 'pkcs8' })),
    )
    const forged = `${input}.${signature.toString('base64url')}`
    const auth = { headers: { Authorization: `Bearer ${forged}` } }
    expect((await request.get('/api/labs/jku-injection/admin', auth)).status()).toBe(200)
    await expectProblem(
      await request.get('/api/labs/jku-injection/admin?verifier=hardened', auth),
      401,
      'LAB_JKU_NOT_ALLOWED',
    )
  })

  test('public keys, the PEM and the word list: status and media types', async ({ request }) => {
    const confusion = String(claimsOf(await startLab(request, 'algorithm-confusion')).sid)
    const pem = await request.get(`/api/labs/algorithm-confusion/public.pem?sid=${confusion}`)
    expect(pem.status()).toBe(200)
    expect(pem.headers()['content-type']).toBe('application/x-pem-file')
    const pemText = await pem.text()
    expect(pemText).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+-----END PUBLIC KEY-----\n?$/)
    const jwks = await request.get(`/api/labs/algorithm-confusion/jwks.json?sid=${confusion}`)
    expect(jwks.status()).toBe(200)
    expect(jwks.headers()['content-type']).toBe('application/json')
    expect(((await jwks.json()) as { keys: { kty: string }[] }).keys[0]?.kty).toBe('RSA')

    // HS256 with the PEM text as the secret, as a learner would sign it.
    const token = await startLab(request, 'algorithm-confusion')
    const input = `${b64({ alg: 'HS256' })}.${b64({ ...claimsOf(token), role: 'admin' })}`
    const ownPem = await (
      await request.get(`/api/labs/algorithm-confusion/public.pem?sid=${claimsOf(token).sid}`)
    ).text()
    const forged = `${input}.${createHmac('sha256', ownPem).update(input).digest('base64url')}`
    const solved = await request.get('/api/labs/algorithm-confusion/admin', {
      headers: { Authorization: `Bearer ${forged}` },
    })
    expect(solved.status()).toBe(200)

    await expectProblem(
      await request.get(`/api/labs/alg-none/jwks.json?sid=${confusion}`),
      404,
      'LAB_NO_PUBLIC_KEYS',
    )
    await expectProblem(
      await request.get('/api/labs/psychic-signature/jwks.json'),
      400,
      'LAB_INSTANCE_MISSING',
    )

    const list = await request.get('/api/labs/weak-secret/wordlist')
    expect(list.status()).toBe(200)
    expect(list.headers()['content-type']).toBe('text/plain; charset=utf-8')
    expect(list.headers()['cache-control']).toMatch(/^public, max-age=\d+/)
    const body = await list.body()
    expect(body.byteLength).toBeLessThanOrEqual(100 * 1024)
    expect(body.toString().split('\n').slice(0, 3)).toEqual(['123456', 'password', '12345678'])
  })

  test('[slug] routes answer under the static folders too, and the rest is 404 or 405', async ({
    request,
  }) => {
    // weak-secret/ and algorithm-confusion/ hold static routes; their other paths are [slug]'s.
    await startLab(request, 'weak-secret')
    await expectProblem(
      await request.get('/api/labs/algorithm-confusion/admin'),
      401,
      'LAB_TOKEN_MISSING',
    )
    await expectProblem(await request.post('/api/labs/no-such-lab/session'), 404, 'LAB_UNKNOWN')
    await expectProblem(
      await request.get('/api/labs/no-such-lab/admin', {
        headers: { Authorization: 'Bearer a.b.c' },
      }),
      404,
      'LAB_UNKNOWN',
    )
    await expectProblem(await request.get('/api/labs/alg-none'), 404, 'NOT_FOUND')
    await expectProblem(
      await request.get('/api/labs/exploit-server/never-put-here'),
      404,
      'LAB_EXPLOIT_NOT_FOUND',
    )
    for (const [method, path, allow] of [
      ['GET', '/api/labs/alg-none/session', 'OPTIONS, POST'],
      ['DELETE', '/api/labs/alg-none/session', 'OPTIONS, POST'],
      ['POST', '/api/labs/alg-none/admin', 'GET, HEAD, OPTIONS'],
      ['PUT', '/api/labs/weak-secret/wordlist', 'GET, HEAD, OPTIONS'],
      ['PATCH', '/api/labs/algorithm-confusion/public.pem', 'GET, HEAD, OPTIONS'],
      ['POST', '/api/labs/exploit-server/some-id-1', 'GET, HEAD, OPTIONS, PUT'],
    ] as const) {
      const res = await request.fetch(path, { method })
      await expectProblem(res, 405, 'METHOD_NOT_ALLOWED')
      expect(res.headers()['allow'], `${method} ${path}`).toBe(allow)
    }
    const big = await request.put('/api/labs/exploit-server/too-big-1', {
      headers: { 'Content-Type': 'application/json' },
      data: JSON.stringify({ keys: [{ kty: 'EC', crv: 'P-256', x: 'x'.repeat(9000), y: 'y' }] }),
    })
    await expectProblem(big, 413, 'BODY_TOO_LARGE')
  })
})

test.describe('the labs’ rate limit', () => {
  let own: OwnServer
  let connectHost = '127.0.0.1'

  test.beforeAll(async ({}, info) => {
    test.setTimeout(90_000)
    connectHost = new URL(String(info.project.use.baseURL)).hostname
    own = await startOwnServer({ LAB_REQUESTS_PER_MINUTE: '6', LAB_SESSIONS_PER_MINUTE: '2' })
  })
  test.afterAll(async () => {
    await own?.stop()
  })

  test('methods Next cannot route get 405 with the lab route’s Allow', async () => {
    const trace = await own.send({
      host: connectHost,
      method: 'TRACE',
      path: '/api/labs/alg-none/session',
    })
    expect(trace.status).toBe(405)
    expect(trace.headers['allow']).toBe('OPTIONS, POST')
    expect(trace.json()).toMatchObject({ code: 'METHOD_NOT_ALLOWED' })
    const unknown = await own.send({
      host: connectHost,
      method: 'PROPFIND',
      path: '/api/labs/exploit-server/x1234567',
    })
    expect(unknown.headers['allow']).toBe('GET, HEAD, OPTIONS, PUT')
  })

  test('is keyed on the socket: fresh X-Forwarded-For or peer headers buy nothing', async () => {
    const spoofed = (i: number) => ({
      'X-Forwarded-For': `198.51.100.${i}`,
      'X-Real-IP': `198.51.100.${i}`,
      'X-JWTPG-Peer': `guessed http 203.0.113.${i}`,
    })
    const sessions: number[] = []
    for (let i = 1; i <= 3; i += 1) {
      const res = await own.send({
        host: connectHost,
        method: 'POST',
        path: '/api/labs/alg-none/session',
        headers: spoofed(i),
      })
      sessions.push(res.status)
    }
    expect(sessions).toEqual([200, 200, 429])
    const others: number[] = []
    let last
    for (let i = 4; i <= 7; i += 1) {
      last = await own.send({
        host: connectHost,
        path: '/api/labs/weak-secret/wordlist',
        headers: spoofed(i),
      })
      others.push(last.status)
    }
    // Six requests a minute in all: three sessions (one refused, still counted) and three more.
    expect(others).toEqual([200, 200, 200, 429])
    expect(last!.headers['content-type']).toBe('application/problem+json')
    expect(last!.json()).toMatchObject({ code: 'LAB_RATE_LIMITED', status: 429 })
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0)
    expect(own.log()).not.toMatch(/Error|⨯/)
  })
})
