import { verify as argon2Verify } from '@node-rs/argon2'
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, SignJWT } from 'jose'
import { POST as registerRoute } from '@/app/api/auth/register/route'
import { POST as loginRoute } from '@/app/api/auth/login/route'
import { POST as refreshRoute } from '@/app/api/auth/refresh/route'
import { POST as logoutRoute } from '@/app/api/auth/logout/route'
import { GET as meRoute } from '@/app/api/me/route'
import { GET as jwksRoute } from '@/app/api/jwks/route'
import { GET as wellKnownJwksRoute } from '@/app/.well-known/jwks.json/route'
import { ACCESS_TOKEN_AUDIENCE, DEMO_ACCOUNTS, getAuthStore, rotateSigningKeys } from '@/lib/auth'
import { currentSigningKey } from '@/lib/auth/keys'
import {
  ORIGIN,
  b64url,
  bearerRequest,
  cookiePair,
  cookieRequest,
  expectProblem,
  jsonRequest,
  pointDatabaseAtTempFile,
} from './helpers'

pointDatabaseAtTempFile()

// The real argon2, watched: the login test counts verifications.
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof import('@node-rs/argon2')>()
  return { ...real, verify: vi.fn(real.verify) }
})

const alice = DEMO_ACCOUNTS[0]!
const bob = DEMO_ACCOUNTS[1]!

interface LoginBody {
  accessToken: string
  tokenType: string
  expiresIn: number
  user: { id: string; email: string; name: string; createdAt: string }
}

async function login(body: Record<string, unknown>, origin = ORIGIN) {
  const res = await loginRoute(jsonRequest('/api/auth/login', body, { origin }))
  return res
}

async function loginOk(account = alice, extra: Record<string, unknown> = {}) {
  const res = await login({ email: account.email, password: account.password, ...extra })
  expect(res.status).toBe(200)
  return { body: (await res.json()) as LoginBody, cookie: cookiePair(res), res }
}

afterEach(() => vi.useRealTimers())

describe('POST /api/auth/register', () => {
  it('201 with the user and never the hash; then the account can log in', async () => {
    const res = await registerRoute(
      jsonRequest('/api/auth/register', {
        email: '  Carol@Example.com ',
        password: 'carol-likes-claims',
        name: 'Carol',
      }),
    )
    expect(res.status).toBe(201)
    const body = (await res.json()) as { user: Record<string, unknown> }
    expect(body.user).toEqual({
      id: expect.any(String),
      email: 'carol@example.com',
      name: 'Carol',
      createdAt: expect.any(String),
    })
    expect(JSON.stringify(body)).not.toContain('argon2')
    await loginOk({ email: 'carol@example.com', password: 'carol-likes-claims', name: 'Carol' })
  })

  it('409 EMAIL_TAKEN for an existing email, whatever its case', async () => {
    const res = await registerRoute(
      jsonRequest('/api/auth/register', {
        email: 'ALICE@example.com',
        password: 'another-fine-pass',
        name: 'Impostor',
      }),
    )
    await expectProblem(res, 409, 'EMAIL_TAKEN')
  })

  it.each([
    [
      'a 7-character password',
      { email: 'd@example.com', password: 'short12', name: 'D' },
      'password',
    ],
    ['a bad email', { email: 'not-an-email', password: 'long-enough-pass', name: 'D' }, 'email'],
    ['no name', { email: 'd@example.com', password: 'long-enough-pass' }, 'name'],
    [
      'a password as a number',
      { email: 'd@example.com', password: 12345678, name: 'D' },
      'password',
    ],
    [
      'a control character in the name',
      { email: 'd@example.com', password: 'long-enough-pass', name: 'D\u0000' },
      'name',
    ],
  ])('400 VALIDATION_FAILED for %s', async (_name, body, path) => {
    const res = await registerRoute(jsonRequest('/api/auth/register', body))
    const problem = await expectProblem(res, 400, 'VALIDATION_FAILED')
    expect((problem as unknown as { issues: { path: string }[] }).issues[0]?.path).toBe(path)
  })

  it.each([
    ['eight a', 'aaaaaaaa', 'simpleRepeat', 'erin@example.com', 'Erin'],
    ['eight spaces', '        ', 'simpleRepeat', 'gus@example.com', 'Gus'],
    ['a top-100 password', 'qwertyuiop', 'topHundred', 'hana@example.com', 'Hana'],
    ['the email and name again', 'zhangweijwtpg', 'userInputs', 'zhangwei@jwtpg.dev', 'Zhang Wei'],
  ])(
    '400 PASSWORD_TOO_WEAK for %s, with the zxcvbn feedback keys',
    async (_name, password, warning, email, name) => {
      const res = await registerRoute(jsonRequest('/api/auth/register', { email, password, name }))
      const problem = (await expectProblem(res, 400, 'PASSWORD_TOO_WEAK')) as unknown as {
        issues: unknown[]
        password: { score: number; warning: string | null; suggestions: string[] }
      }
      // The contract the demo form codes against.
      expect(problem.issues).toEqual([
        { path: 'password', code: 'password_too_weak', message: expect.stringMatching(/\S/) },
      ])
      expect(problem.password).toEqual({
        score: expect.any(Number),
        warning,
        suggestions: expect.arrayContaining([expect.stringMatching(/^[a-zA-Z0-9]+$/)]),
      })
      expect([0, 1, 2]).toContain(problem.password.score)
      // Nothing was created: the email is still free for a strong password.
      const ok = await registerRoute(
        jsonRequest('/api/auth/register', { email, password: 'prefers-ed25519-keys', name }),
      )
      expect(ok.status).toBe(201)
    },
  )

  it('403 ORIGIN_MISMATCH for a registration posted from another origin', async () => {
    const res = await registerRoute(
      jsonRequest(
        '/api/auth/register',
        { email: 'f@example.com', password: 'frank-signs-with-eddsa', name: 'F' },
        { headers: { Origin: 'https://evil.example' } },
      ),
    )
    await expectProblem(res, 403, 'ORIGIN_MISMATCH')
  })
})

describe('request bodies', () => {
  const valid = JSON.stringify({ email: 'x@example.com', password: 'whatever-pass', name: 'X' })

  it.each([
    ['no Content-Type', {}],
    ['text/plain', { 'Content-Type': 'text/plain' }],
    ['a form', { 'Content-Type': 'application/x-www-form-urlencoded' }],
  ])('415 UNSUPPORTED_MEDIA_TYPE with %s', async (_name, headers) => {
    const req = new Request(`${ORIGIN}/api/auth/register`, { method: 'POST', headers, body: valid })
    if (!('Content-Type' in headers)) req.headers.delete('content-type')
    await expectProblem(await registerRoute(req), 415, 'UNSUPPORTED_MEDIA_TYPE')
  })

  it('accepts application/json with a charset parameter', async () => {
    const res = await loginRoute(
      jsonRequest(
        '/api/auth/login',
        { email: bob.email, password: 'nope-nope' },
        {
          headers: { 'Content-Type': 'application/json; charset=utf-8' },
        },
      ),
    )
    await expectProblem(res, 401, 'INVALID_CREDENTIALS')
  })

  it.each(['{"email":', '', 'undefined', "{'single':'quotes'}"])(
    '400 INVALID_JSON for %j',
    async (body) => {
      await expectProblem(
        await loginRoute(jsonRequest('/api/auth/login', body)),
        400,
        'INVALID_JSON',
      )
    },
  )

  it('400 INVALID_JSON for bytes that are not UTF-8', async () => {
    const req = new Request(`${ORIGIN}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
    })
    await expectProblem(await loginRoute(req), 400, 'INVALID_JSON')
  })

  it('413 BODY_TOO_LARGE when Content-Length says more than 16 KB (nothing is read)', async () => {
    const req = jsonRequest('/api/auth/login', '{}', { headers: { 'Content-Length': '16385' } })
    await expectProblem(await loginRoute(req), 413, 'BODY_TOO_LARGE')
  })

  it('413 BODY_TOO_LARGE when a streamed body without Content-Length goes over 16 KB', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(4096))
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1
        if (sent > 100) controller.close()
        else controller.enqueue(chunk)
      },
    })
    const req = new Request(`${ORIGIN}/api/auth/register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit)
    expect(req.headers.get('content-length')).toBeNull()
    await expectProblem(await registerRoute(req), 413, 'BODY_TOO_LARGE')
    expect(sent).toBeLessThan(10) // stopped reading as soon as it went over
  })

  it('reads a body of exactly 16 KB (the limit is inclusive)', async () => {
    const padded = JSON.stringify({ email: 'x', pad: '' })
    const body = padded.replace('"pad":""', `"pad":"${'a'.repeat(16 * 1024 - padded.length)}"`)
    expect(new TextEncoder().encode(body).byteLength).toBe(16 * 1024)
    await expectProblem(
      await registerRoute(jsonRequest('/api/auth/register', body)),
      400,
      'VALIDATION_FAILED',
    )
  })
})

describe('POST /api/auth/login', () => {
  it('200 with an ES256 at+jwt access token and the refresh cookie (no Secure on http)', async () => {
    const { body, res } = await loginOk()
    expect(body).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 300,
      user: { email: alice.email },
    })
    expect(decodeProtectedHeader(body.accessToken)).toMatchObject({ alg: 'ES256', typ: 'at+jwt' })
    const claims = decodeJwt(body.accessToken)
    expect(claims).toMatchObject({ iss: ORIGIN, aud: ACCESS_TOKEN_AUDIENCE, sub: body.user.id })
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(300)
    const setCookie = res.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/^jwtpg_refresh=[A-Za-z0-9_-]{43}; /)
    expect(setCookie).toContain('HttpOnly')
    expect(setCookie).toContain('SameSite=Strict')
    expect(setCookie).toContain('Path=/api/auth')
    expect(setCookie).not.toContain('Secure')
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('sets Secure on the cookie and iss to the https origin over https', async () => {
    const res = await login({ email: bob.email, password: bob.password }, 'https://jwt.example')
    expect(res.status).toBe(200)
    expect(res.headers.get('set-cookie')).toContain('; Secure')
    const { accessToken } = (await res.json()) as LoginBody
    expect(decodeJwt(accessToken).iss).toBe('https://jwt.example')
  })

  it('issues HS256 or Ed25519 tokens on request, with a short lifetime', async () => {
    for (const alg of ['HS256', 'Ed25519']) {
      const { body } = await loginOk(bob, { alg, expiresIn: 30 })
      expect(decodeProtectedHeader(body.accessToken).alg).toBe(alg)
      const claims = decodeJwt(body.accessToken)
      expect(body.expiresIn).toBe(30)
      expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(30)
    }
  })

  it('accepts the legacy name EdDSA in a login and signs with Ed25519, its RFC 9864 name', async () => {
    const { body } = await loginOk(bob, { alg: 'EdDSA' })
    expect(decodeProtectedHeader(body.accessToken).alg).toBe('Ed25519')
    expect((await meRoute(bearerRequest(body.accessToken))).status).toBe(200)
  })

  it.each([
    ['alg none', { alg: 'none' }],
    ['alg RS256', { alg: 'RS256' }],
    ['a lifetime under 10 s', { expiresIn: 5 }],
    ['a lifetime over 300 s', { expiresIn: 301 }],
    ['a fractional lifetime', { expiresIn: 30.5 }],
  ])('400 VALIDATION_FAILED for %s', async (_name, extra) => {
    const res = await login({ email: bob.email, password: bob.password, ...extra })
    await expectProblem(res, 400, 'VALIDATION_FAILED')
  })

  it('answers a wrong password and an unknown email with the same 401, after the same argon2 work', async () => {
    const verify = vi.mocked(argon2Verify)
    verify.mockClear()
    const wrongPassword = await login({ email: bob.email, password: 'not-bobs-password' })
    const unknownEmail = await login({ email: 'nobody@example.com', password: 'not-bobs-password' })
    const a = await expectProblem(wrongPassword, 401, 'INVALID_CREDENTIALS')
    const b = await expectProblem(unknownEmail, 401, 'INVALID_CREDENTIALS')
    expect(a).toEqual(b)
    // One argon2id verification each, with the same parameters: the unknown email is checked
    // against a dummy hash instead of answering at once.
    expect(verify).toHaveBeenCalledTimes(2)
    const [first, second] = verify.mock.calls.map(([stored]) =>
      String(stored).split('$').slice(0, 4).join('$'),
    )
    expect(first).toBe('$argon2id$v=19$m=19456,t=2,p=1')
    expect(second).toBe(first)
  })
})

describe('GET /api/me', () => {
  it('200 with the user and the verified claims', async () => {
    const { body } = await loginOk()
    const res = await meRoute(bearerRequest(body.accessToken))
    expect(res.status).toBe(200)
    const me = (await res.json()) as { user: { email: string }; claims: { sub: string } }
    expect(me.user.email).toBe(alice.email)
    expect(me.claims.sub).toBe(body.user.id)
  })

  it('401 TOKEN_MISSING with a bare Bearer challenge when no credentials are sent', async () => {
    const res = await meRoute(new Request(`${ORIGIN}/api/me`))
    await expectProblem(res, 401, 'TOKEN_MISSING')
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="jwt-playground"')
  })

  it('401 TOKEN_SCHEME_MISSING for Authorization: <token> without "Bearer"', async () => {
    const { body } = await loginOk()
    const res = await meRoute(
      new Request(`${ORIGIN}/api/me`, { headers: { Authorization: body.accessToken } }),
    )
    const problem = await expectProblem(res, 401, 'TOKEN_SCHEME_MISSING')
    expect(problem.detail).toContain('Bearer')
    expect(res.headers.get('www-authenticate')).toMatch(
      /^Bearer realm="jwt-playground", error="invalid_token", error_description=".*Bearer.*"$/,
    )
  })

  it.each([
    ['Basic', 'Basic YWxpY2U6cGFzcw==', 'TOKEN_SCHEME_MISSING'],
    ['an empty Bearer', 'Bearer ', 'TOKEN_MISSING'],
    ['junk after Bearer', 'Bearer not-a-jwt', 'TOKEN_MALFORMED'],
  ])('401 for %s', async (_name, header, code) => {
    const res = await meRoute(
      new Request(`${ORIGIN}/api/me`, { headers: { Authorization: header } }),
    )
    await expectProblem(res, 401, code)
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="jwt-playground"/)
  })

  it('431 HEADER_TOO_LARGE for an Authorization header over 8 KB, before any crypto', async () => {
    const verifySpy = vi.spyOn(crypto.subtle, 'verify')
    const { body } = await loginOk()
    for (const header of [`Bearer ${body.accessToken}${'A'.repeat(8192)}`, 'x'.repeat(8193)]) {
      const res = await meRoute(
        new Request(`${ORIGIN}/api/me`, { headers: { Authorization: header } }),
      )
      await expectProblem(res, 431, 'HEADER_TOO_LARGE')
    }
    expect(verifySpy).not.toHaveBeenCalled()
    verifySpy.mockRestore()
  })

  it('401 TOKEN_EXPIRED once the lifetime has passed (frozen clock)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const { body } = await loginOk(bob, { expiresIn: 30 })
    vi.setSystemTime(Date.now() + 36_000)
    const res = await meRoute(bearerRequest(body.accessToken))
    await expectProblem(res, 401, 'TOKEN_EXPIRED')
    expect(res.headers.get('www-authenticate')).toContain('error="invalid_token"')
  })

  it('401 with the matching code for attack tokens, through the route', async () => {
    const { body } = await loginOk()
    const [h, p, s] = body.accessToken.split('.')
    const store = await getAuthStore()
    const es = await currentSigningKey(store, 'ES256')
    const ghost = await new SignJWT({
      iss: ORIGIN,
      aud: ACCESS_TOKEN_AUDIENCE,
      sub: 'no-such-user',
      jti: 'j',
    })
      .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid: es.kid })
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(es.key)
    const cases: [string, string][] = [
      [`${b64url({ alg: 'none', typ: 'at+jwt' })}.${p}.`, 'TOKEN_ALG_NOT_ALLOWED'],
      [`${h}.${p}.`, 'TOKEN_BAD_SIGNATURE'],
      [
        `${h}.${b64url({ ...decodeJwt(body.accessToken), sub: 'admin' })}.${s}`,
        'TOKEN_BAD_SIGNATURE',
      ],
      [
        `${b64url({ ...decodeProtectedHeader(body.accessToken), typ: 'JWT' })}.${p}.${s}`,
        'TOKEN_BAD_SIGNATURE',
      ],
      [ghost, 'TOKEN_USER_UNKNOWN'],
    ]
    for (const [token, code] of cases) {
      const res = await meRoute(bearerRequest(token))
      await expectProblem(res, 401, code)
      expect(res.headers.get('www-authenticate')).toContain('error="invalid_token"')
    }
  })

  it('401 TOKEN_WRONG_ISSUER for a token minted at another origin', async () => {
    const res = await login(
      { email: alice.email, password: alice.password },
      'https://other.example',
    )
    const { accessToken } = (await res.json()) as LoginBody
    await expectProblem(await meRoute(bearerRequest(accessToken)), 401, 'TOKEN_WRONG_ISSUER')
  })
})

describe('POST /api/auth/refresh and /logout', () => {
  it('rotates the refresh token and keeps the login algorithm and lifetime', async () => {
    const { cookie } = await loginOk(bob, { alg: 'Ed25519', expiresIn: 60 })
    const res = await refreshRoute(cookieRequest('/api/auth/refresh', cookie))
    expect(res.status).toBe(200)
    const body = (await res.json()) as LoginBody
    expect(decodeProtectedHeader(body.accessToken).alg).toBe('Ed25519')
    expect(body.expiresIn).toBe(60)
    expect(cookiePair(res)).not.toBe(cookie)
    expect((await meRoute(bearerRequest(body.accessToken))).status).toBe(200)
  })

  it('detects reuse: the old token → 401 REFRESH_TOKEN_REUSED, and the whole family is revoked', async () => {
    const { cookie: first } = await loginOk()
    const rotated = await refreshRoute(cookieRequest('/api/auth/refresh', first))
    const second = cookiePair(rotated)

    const replay = await refreshRoute(cookieRequest('/api/auth/refresh', first))
    await expectProblem(replay, 401, 'REFRESH_TOKEN_REUSED')
    expect(replay.headers.get('set-cookie')).toContain('Max-Age=0')

    const afterReplay = await refreshRoute(cookieRequest('/api/auth/refresh', second))
    await expectProblem(afterReplay, 401, 'REFRESH_TOKEN_REVOKED')
  })

  it('lets exactly one of two refreshes racing with the same token win', async () => {
    const { cookie } = await loginOk()
    const results = await Promise.all([
      refreshRoute(cookieRequest('/api/auth/refresh', cookie)),
      refreshRoute(cookieRequest('/api/auth/refresh', cookie)),
    ])
    expect(results.map((res) => res.status).sort()).toEqual([200, 401])
    const loser = results.find((res) => res.status === 401)!
    await expectProblem(loser, 401, 'REFRESH_TOKEN_REUSED')
  })

  it('401 REFRESH_TOKEN_MISSING without the cookie and REFRESH_TOKEN_INVALID for a made-up one', async () => {
    await expectProblem(
      await refreshRoute(cookieRequest('/api/auth/refresh', undefined)),
      401,
      'REFRESH_TOKEN_MISSING',
    )
    await expectProblem(
      await refreshRoute(cookieRequest('/api/auth/refresh', 'jwtpg_refresh=made-up')),
      401,
      'REFRESH_TOKEN_INVALID',
    )
  })

  it.each(['127.0.0.1:3000', '[::1]:3000', 'jwt.example.com'])(
    'refresh and logout from the site’s own page served at %s (Next’s URL says localhost)',
    async (host) => {
      const own = { Host: host, Origin: `http://${host}`, 'Sec-Fetch-Site': 'same-origin' }
      const { cookie } = await loginOk()
      const refreshed = await refreshRoute(cookieRequest('/api/auth/refresh', cookie, own))
      expect(refreshed.status).toBe(200)
      const { accessToken } = (await refreshed.json()) as LoginBody
      expect(decodeJwt(accessToken).iss).toBe(`http://${host}`)
      const next = cookiePair(refreshed)
      expect((await logoutRoute(cookieRequest('/api/auth/logout', next, own))).status).toBe(204)
      // Logged out for real: the session is revoked.
      await expectProblem(
        await refreshRoute(cookieRequest('/api/auth/refresh', next, own)),
        401,
        'REFRESH_TOKEN_REVOKED',
      )
    },
  )

  it('403 ORIGIN_MISMATCH for a refresh sent from another origin', async () => {
    const { cookie } = await loginOk()
    const res = await refreshRoute(
      cookieRequest('/api/auth/refresh', cookie, { Origin: 'https://evil.example' }),
    )
    await expectProblem(res, 403, 'ORIGIN_MISMATCH')
    // The token was not spent: the real page can still use it.
    const ok = await refreshRoute(cookieRequest('/api/auth/refresh', cookie, { Origin: ORIGIN }))
    expect(ok.status).toBe(200)
  })

  it('logout: 204, clears the cookie and revokes the family', async () => {
    const { cookie } = await loginOk()
    const res = await logoutRoute(cookieRequest('/api/auth/logout', cookie))
    expect(res.status).toBe(204)
    const cleared = res.headers.get('set-cookie') ?? ''
    expect(cleared).toMatch(
      /^jwtpg_refresh=; Path=\/api\/auth; Max-Age=0; HttpOnly; SameSite=Strict/,
    )
    await expectProblem(
      await refreshRoute(cookieRequest('/api/auth/refresh', cookie)),
      401,
      'REFRESH_TOKEN_REVOKED',
    )
    expect((await logoutRoute(cookieRequest('/api/auth/logout', undefined))).status).toBe(204)
  })
})

describe('JWKS', () => {
  it('serves the same keys at /api/jwks and /.well-known/jwks.json, and they verify our tokens', async () => {
    const res = await jwksRoute(new Request(`${ORIGIN}/api/jwks`))
    const wellKnown = await wellKnownJwksRoute(new Request(`${ORIGIN}/.well-known/jwks.json`))
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('public, max-age=60')
    const jwks = (await res.json()) as {
      keys: { kid: string; alg: string; use: string; kty: string }[]
    }
    expect(await wellKnown.json()).toEqual(jwks)
    expect(jwks.keys.map((key) => key.alg).sort()).toEqual(['ES256', 'Ed25519'])
    expect(jwks.keys.every((key) => key.use === 'sig' && key.kty !== 'oct')).toBe(true)
    expect(JSON.stringify(jwks)).not.toMatch(/"d"|"k"/)

    const { body } = await loginOk(alice, { alg: 'Ed25519' })
    const { payload } = await jwtVerify(body.accessToken, createLocalJWKSet(jwks), {
      issuer: ORIGIN,
      audience: ACCESS_TOKEN_AUDIENCE,
      typ: 'at+jwt',
    })
    expect(payload.sub).toBe(body.user.id)
  })

  it('after a rotation publishes old and new keys, and tokens signed before still work', async () => {
    const { body } = await loginOk()
    await rotateSigningKeys(await getAuthStore())
    const jwks = (await (await jwksRoute(new Request(`${ORIGIN}/api/jwks`))).json()) as {
      keys: { kid: string }[]
    }
    expect(jwks.keys).toHaveLength(4)
    expect(jwks.keys.map((key) => key.kid)).toContain(decodeProtectedHeader(body.accessToken).kid)
    expect((await meRoute(bearerRequest(body.accessToken))).status).toBe(200)
    const fresh = await loginOk()
    expect(decodeProtectedHeader(fresh.body.accessToken).kid).not.toBe(
      decodeProtectedHeader(body.accessToken).kid,
    )
  })
})

describe('nothing a client sends yields a 500', () => {
  const bodies = [
    'null',
    '[]',
    '"a string"',
    '42',
    'true',
    '{"email":{"$gt":""},"password":"x"}',
    '{"email":"a@b.co","password":null}',
    '{"__proto__":{"admin":true},"email":"a@b.co","password":"x"}',
    JSON.stringify({ email: `${'a'.repeat(300)}@example.com`, password: 'x' }),
    JSON.stringify({ email: 'a@b.co', password: 'p'.repeat(129), name: 'n' }),
    JSON.stringify({ email: 'a@b.co', password: '𝓅𝒶𝓈𝓈𝓌ℴ𝓇𝒹🔑', name: '\u0000' }),
    `${'['.repeat(5000)}${']'.repeat(5000)}`,
  ]

  it.each(bodies.map((body) => [body.slice(0, 60), body]))(
    'register and login with %s',
    async (_name, body) => {
      for (const route of [registerRoute, loginRoute]) {
        const res = await route(jsonRequest('/api/auth/x', body))
        expect(res.status).toBeGreaterThanOrEqual(400)
        expect(res.status).toBeLessThan(500)
        expect(res.headers.get('content-type')).toBe('application/problem+json')
      }
    },
  )

  it.each([
    'Bearer a.b.c',
    'Bearer ....',
    'Bearer eyJhbGciOiJFUzI1NiJ9.e30.' + 'A'.repeat(86),
    `Bearer ${b64url({ alg: 'ES256', kid: { nested: true } })}.e30.c2ln`,
    `Bearer ${b64url({ alg: 'ES256', typ: 'at+jwt', kid: 'x', crit: ['exp'] })}.e30.c2ln`,
    'bearer   spaced.out.token',
    'Bearer \u00ff\u00fe',
  ])('me with Authorization: %s', async (header) => {
    const res = await meRoute(
      new Request(`${ORIGIN}/api/me`, { headers: { Authorization: header } }),
    )
    expect(res.status).toBe(401)
  })

  it('refresh and logout with odd cookies', async () => {
    for (const cookie of [
      'jwtpg_refresh=%E0%A4%A',
      'jwtpg_refresh=',
      '=;=;;',
      'jwtpg_refresh="quoted"',
    ]) {
      expect((await refreshRoute(cookieRequest('/api/auth/refresh', cookie))).status).toBe(401)
      expect((await logoutRoute(cookieRequest('/api/auth/logout', cookie))).status).toBe(204)
    }
  })
})
