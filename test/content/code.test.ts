// The course's code, run as one app (content/code, shown in the lessons by
// lib/mdx/remark-code-file.mjs): sign in with the login-flow lesson's route, verify with the
// verifying lesson's requireAuth, refresh and detect reuse with the expiry lesson's routes, log
// out, and drive two tabs of the storing-tokens lesson's api() client at once.
import { readdirSync, readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { join } from 'node:path'
import { hash } from '@node-rs/argon2'
import * as jose from 'jose'
import jwt from 'jsonwebtoken'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { parseCodeMeta, readCodeRegion, translateComments } from '@/lib/mdx/remark-code-file.mjs'

const SECRET = 'test-secret-for-the-example-app-32-bytes!'
// Node's own fetch, before the client tests stub the global with a tab's cookie-jar fetch
const nodeFetch = globalThis.fetch
process.env.JWT_SECRET = SECRET

type App = {
  app: { listen: (port: number, host: string) => Server }
  db: { users: { insert: (user: object) => Promise<unknown> } }
  startSession: (userId: number) => Promise<string>
}

let server: Server
let base: string
let example: App

beforeAll(async () => {
  example = (await import('@/content/code/server/main.js')) as unknown as App
  server = example.app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  await example.db.users.insert({
    id: 42, // numeric, as most databases hand out: the route must send String(user.id)
    email: 'ada@example.com',
    name: 'Ada',
    passwordHash: await hash('correct horse battery staple'),
  })
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

/** A browser's cookie jar for one origin, shared by its tabs. */
function cookieJar() {
  const cookies = new Map<string, string>()
  const refreshes: number[] = []
  const fetchWithCookies = async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers)
    // Read now, at send time, as a browser does: two requests sent together carry the same cookie
    if (cookies.size) headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '))
    if (path === '/auth/refresh') refreshes.push(refreshes.length)
    const res = await nodeFetch(base + path, { ...init, headers })
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';')
      const [name = '', value = ''] = pair.split('=')
      if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line) || value === '') cookies.delete(name)
      else cookies.set(name, value)
    }
    return res
  }
  return { cookies, refreshes, fetch: fetchWithCookies }
}

const post = (jar: ReturnType<typeof cookieJar>, path: string, body?: object) =>
  jar.fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body && JSON.stringify(body),
  })
const protectedWith = (token: string) =>
  nodeFetch(`${base}/protected`, { headers: { authorization: `Bearer ${token}` } })

describe('the server the lessons build', () => {
  it("signs in with login-flow's route; verifying's requireAuth accepts the token", async () => {
    const jar = cookieJar()
    const login = await post(jar, '/login', {
      email: 'ada@example.com',
      password: 'correct horse battery staple',
    })
    expect(login.status).toBe(200)
    const { accessToken } = (await login.json()) as { accessToken: string }
    const res = await protectedWith(accessToken)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ message: 'Hello, user 42' })
  })

  it('answers a wrong password and an unknown email the same way', async () => {
    const jar = cookieJar()
    const wrong = await post(jar, '/login', { email: 'ada@example.com', password: 'nope' })
    const unknown = await post(jar, '/login', { email: 'bob@example.com', password: 'nope' })
    expect([wrong.status, unknown.status]).toEqual([401, 401])
    expect(await unknown.json()).toEqual(await wrong.json())
  })

  it('rejects a token signed without the iss and aud that requireAuth checks', async () => {
    // The refresh route used to sign like this; requireAuth must refuse it, which is why it no longer does.
    const bare = jwt.sign({}, SECRET, { algorithm: 'HS256', subject: '42', expiresIn: '5m' })
    const res = await protectedWith(bare)
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toContain('invalid_token')
  })

  it('refuses a numeric subject, which is why the routes send String(user.id)', () => {
    expect(() => jwt.sign({}, SECRET, { subject: 42 as unknown as string })).toThrow(
      '"subject" must be a string',
    )
  })

  it("refreshes with expiry's route into a token requireAuth accepts, and rotates the cookie", async () => {
    const jar = cookieJar()
    const first = await example.startSession(42)
    jar.cookies.set('refresh_token', first)
    const res = await post(jar, '/auth/refresh')
    expect(res.status).toBe(200)
    const { accessToken } = (await res.json()) as { accessToken: string }
    expect((await protectedWith(accessToken)).status).toBe(200)
    expect(jar.cookies.get('refresh_token')).not.toBe(first)
  })

  it('revokes the whole family when a spent refresh token comes back', async () => {
    const jar = cookieJar()
    const stolen = await example.startSession(42)
    jar.cookies.set('refresh_token', stolen)
    expect((await post(jar, '/auth/refresh')).status).toBe(200) // the user refreshes
    const rotated = jar.cookies.get('refresh_token')!

    const thief = cookieJar()
    thief.cookies.set('refresh_token', stolen)
    expect((await post(thief, '/auth/refresh')).status).toBe(401) // the copy comes back
    expect((await post(jar, '/auth/refresh')).status).toBe(401) // and the user's is dead too
    expect(rotated).not.toBe(stolen)
  })

  it('ends a family 7 days after login, however often it was rotated (absolute lifetime)', async () => {
    // Only Date is faked: the HTTP server and fetch keep their real timers.
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      const login = new Date('2026-03-02T09:00:00Z').getTime()
      vi.setSystemTime(login)
      const jar = cookieJar()
      jar.cookies.set('refresh_token', await example.startSession(42))
      const hour = 60 * 60 * 1000
      // Refreshed every 20 hours: each token is spent well within its own 24-hour lifetime
      for (let at = 20 * hour; at < 7 * 24 * hour; at += 20 * hour) {
        vi.setSystemTime(login + at)
        expect((await post(jar, '/auth/refresh')).status, `${at / hour} h`).toBe(200)
      }
      // The newest token is only hours old, but the session it belongs to is over
      vi.setSystemTime(login + 7 * 24 * hour + 1000)
      expect((await post(jar, '/auth/refresh')).status).toBe(401)
    } finally {
      vi.useRealTimers()
    }
  })

  it('never lets a rotated cookie outlive its family', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      const login = new Date('2026-03-02T09:00:00Z').getTime()
      vi.setSystemTime(login)
      const jar = cookieJar()
      jar.cookies.set('refresh_token', await example.startSession(42))
      const hour = 60 * 60 * 1000
      let res: Response | undefined
      // The last refresh comes two hours before the family ends
      for (const at of [20, 40, 60, 80, 100, 120, 140, 160, 7 * 24 - 2]) {
        vi.setSystemTime(login + at * hour)
        res = await post(jar, '/auth/refresh')
        expect(res.status, `${at} h`).toBe(200)
      }
      const maxAge = /Max-Age=(\d+)/.exec(res!.headers.getSetCookie().join(';'))?.[1]
      expect(Number(maxAge)).toBeLessThanOrEqual(2 * 60 * 60)
    } finally {
      vi.useRealTimers()
    }
  })

  it('logs out: the family is revoked and the cookie cleared', async () => {
    const jar = cookieJar()
    const token = await example.startSession(42)
    jar.cookies.set('refresh_token', token)
    expect((await post(jar, '/auth/logout')).status).toBe(204)
    expect(jar.cookies.has('refresh_token')).toBe(false)
    jar.cookies.set('refresh_token', token) // a copy kept elsewhere
    expect((await post(jar, '/auth/refresh')).status).toBe(401)
  })
})

describe('jsonwebtoken and jose, where the lessons show both', () => {
  type Signers = {
    signWithJsonwebtoken: (user: { id: number }) => string
    signWithJose: (user: { id: number }) => Promise<string>
  }
  type JoseVerify = { verifyAccessToken: (token: string) => Promise<Record<string, unknown>> }
  const load = async () => ({
    ...((await import('@/content/code/server/access-token.js')) as unknown as Signers),
    ...((await import('@/content/code/server/verify-jose.js')) as unknown as JoseVerify),
  })

  it("accepts the expiry lesson's tokens, from either library, in requireAuth and in jose", async () => {
    const { signWithJsonwebtoken, signWithJose, verifyAccessToken } = await load()
    for (const token of [signWithJsonwebtoken({ id: 42 }), await signWithJose({ id: 42 })]) {
      expect((await protectedWith(token)).status).toBe(200)
      expect((await verifyAccessToken(token)).sub).toBe('42')
    }
  })

  it('signs the jose access token as RFC 9068 asks: typ at+jwt and a client_id', async () => {
    const { signWithJose } = await load()
    const token = await signWithJose({ id: 42 })
    const { header, payload } = jwt.decode(token, { complete: true })!
    expect(header.typ).toBe('at+jwt')
    expect(payload).toMatchObject({ client_id: 'web-app', sub: '42', jti: expect.any(String) })
  })

  it("verifies the login route's token with the verifying lesson's jose code too", async () => {
    const { verifyAccessToken } = await load()
    const login = await post(cookieJar(), '/login', {
      email: 'ada@example.com',
      password: 'correct horse battery staple',
    })
    const { accessToken } = (await login.json()) as { accessToken: string }
    expect((await verifyAccessToken(accessToken)).name).toBe('Ada')
  })

  it('rejects a token without exp in jose (requiredClaims), which requireAuth would let through', async () => {
    const { verifyAccessToken } = await load()
    const forever = jwt.sign({}, SECRET, {
      algorithm: 'HS256',
      subject: '42',
      issuer: 'https://api.example.com',
      audience: 'https://app.example.com',
    })
    await expect(verifyAccessToken(forever)).rejects.toMatchObject({ claim: 'exp' })
    expect((await protectedWith(forever)).status).toBe(200) // the verifying lesson's warning, shown
  })
})

describe("the storing-tokens lesson's api() client", () => {
  type Locks = { request: (name: string, callback: () => Promise<unknown>) => Promise<unknown> }
  // navigator.locks as a browser provides it: requests for one name run one after another.
  const webLocks = (): Locks => {
    const tails = new Map<string, Promise<unknown>>()
    return {
      request(name, callback) {
        const run = (tails.get(name) ?? Promise.resolve()).then(() => callback())
        tails.set(
          name,
          run.catch(() => undefined),
        )
        return run
      },
    }
  }
  // What a client without a cross-tab lock amounts to: every request runs at once.
  const noLocks = (): Locks => ({ request: (_name, callback) => callback() })

  async function openTabs(count: number, locks: Locks) {
    const jar = cookieJar()
    jar.cookies.set('refresh_token', await example.startSession(42))
    vi.stubGlobal('navigator', { locks })
    vi.stubGlobal('fetch', jar.fetch)
    const tabs = []
    for (let i = 0; i < count; i++) {
      vi.resetModules() // each tab loads the module afresh: its own accessToken, its own promise
      tabs.push(
        (await import('@/content/code/client/api.js')) as {
          api: (path: string) => Promise<Response>
        },
      )
    }
    return { jar, tabs }
  }

  afterAll(() => vi.unstubAllGlobals())
  const restoreFetch = () => vi.stubGlobal('fetch', nodeFetch)

  it('sends one refresh for two calls in one tab', async () => {
    const { jar, tabs } = await openTabs(1, webLocks())
    const [a, b] = await Promise.all([tabs[0]!.api('/protected'), tabs[0]!.api('/protected')])
    restoreFetch()
    expect([a.status, b.status]).toEqual([200, 200])
    expect(jar.refreshes).toHaveLength(1)
  })

  it('keeps two tabs that refresh at once signed in, thanks to the Web Lock', async () => {
    const { jar, tabs } = await openTabs(2, webLocks())
    const results = await Promise.all(tabs.map((tab) => tab.api('/protected')))
    restoreFetch()
    expect(results.map((res) => res.status)).toEqual([200, 200])
    expect(jar.refreshes).toHaveLength(2) // one after the other, each with the cookie of its time
  })

  it('without the lock, two tabs present the same refresh token and trip reuse detection', async () => {
    const { jar, tabs } = await openTabs(2, noLocks())
    const results = await Promise.allSettled(tabs.map((tab) => tab.api('/protected')))
    restoreFetch()
    const failures = results.filter((r) => r.status === 'rejected')
    expect(failures.map((r) => String(r.reason))).toEqual(['Error: Not logged in'])
    expect(jar.refreshes).toHaveLength(2)
    // The server took the second refresh for theft: the session is gone for every tab
    expect((await post(jar, '/auth/refresh')).status).toBe(401)
  })
})

describe("the id-tokens lesson's client and API", () => {
  type IdTokenClient = {
    verifyIdToken: (
      token: string,
      key: CryptoKey,
      nonce: string,
    ) => Promise<Record<string, unknown>>
    atHashMatches: (payload: Record<string, unknown>, accessToken: string) => Promise<boolean>
  }
  type Api = { verifyJwtAccessToken: (token: string, key: CryptoKey) => Promise<object> }
  const load = async () => ({
    ...((await import('@/content/code/client/id-token.js')) as unknown as IdTokenClient),
    ...((await import('@/content/code/server/verify-at-jwt.js')) as unknown as Api),
  })

  // One provider, one signing key for both kinds of token, as is common
  async function provider() {
    const { privateKey, publicKey } = await jose.generateKeyPair('RS256')
    const common = (token: jose.SignJWT) =>
      token.setIssuer('https://accounts.example.com').setSubject('248289761001').setIssuedAt()
    const idToken = (aud: string | string[] = 'web-app', nonce = 'n-login-1') =>
      common(new jose.SignJWT({ nonce }).setProtectedHeader({ alg: 'RS256', typ: 'JWT' }))
        .setAudience(aud)
        .setExpirationTime('1h')
        .sign(privateKey)
    const accessToken = () =>
      common(
        new jose.SignJWT({ client_id: 'web-app' }).setProtectedHeader({
          alg: 'RS256',
          typ: 'at+jwt',
        }),
      )
        .setAudience('https://api.example.com')
        .setExpirationTime('5m')
        .sign(privateKey)
    return { publicKey, idToken, accessToken }
  }

  it('the client accepts the ID token of its own login', async () => {
    const { verifyIdToken } = await load()
    const { publicKey, idToken } = await provider()
    const claims = await verifyIdToken(await idToken(), publicKey, 'n-login-1')
    expect(claims.sub).toBe('248289761001')
  })

  it('the client refuses an ID token from another login (nonce) and an access token (aud)', async () => {
    const { verifyIdToken } = await load()
    const { publicKey, idToken, accessToken } = await provider()
    await expect(
      verifyIdToken(await idToken('web-app', 'n-login-0'), publicKey, 'n-login-1'),
    ).rejects.toThrow('not from this login')
    await expect(verifyIdToken(await accessToken(), publicKey, 'n-login-1')).rejects.toMatchObject({
      claim: 'aud',
    })
  })

  it('the API accepts the access token and refuses an ID token by typ, even one whose aud names it', async () => {
    const { verifyJwtAccessToken } = await load()
    const { publicKey, idToken, accessToken } = await provider()
    await expect(verifyJwtAccessToken(await accessToken(), publicKey)).resolves.toMatchObject({
      client_id: 'web-app',
    })
    const addressedToBoth = await idToken(['web-app', 'https://api.example.com'])
    await expect(verifyJwtAccessToken(addressedToBoth, publicKey)).rejects.toMatchObject({
      claim: 'typ',
    })
  })

  it("binds the lesson's sample ID token to its sample access token with at_hash", async () => {
    const { atHashMatches } =
      (await import('@/content/code/client/id-token.js')) as unknown as IdTokenClient
    const source = readFileSync(join(process.cwd(), 'content/lessons/id-tokens/en.mdx'), 'utf8')
    const [idToken, accessToken] = [...source.matchAll(/<TokenDemo token="([^"]+)"/g)].map(
      (m) => m[1]!,
    )
    const payload = jose.decodeJwt(idToken!)
    expect(jose.decodeProtectedHeader(accessToken!).typ).toBe('at+jwt')
    expect(await atHashMatches(payload, accessToken!)).toBe(true)
    expect(await atHashMatches(payload, `${accessToken!}x`)).toBe(false)
  })
})

describe('the code the lessons show', () => {
  const lessons = join(process.cwd(), 'content', 'lessons')
  const blocks = readdirSync(lessons).flatMap((slug) =>
    ['en', 'zh-CN'].flatMap((locale) => {
      const source = readFileSync(join(lessons, slug, `${locale}.mdx`), 'utf8')
      return [...source.matchAll(/^( *)```(\w+) ([^\n]*)\n([\s\S]*?)^\1```$/gm)].flatMap((m) => {
        const ref = parseCodeMeta(m[3])
        return ref ? [{ where: `${slug}/${locale}`, locale, ref, body: m[4]! }] : []
      })
    }),
  )
  const translations = JSON.parse(
    readFileSync(join(process.cwd(), 'content/code/zh-CN.json'), 'utf8'),
  ) as Record<string, string>

  it('comes from files of the example app, in both languages', () => {
    const shown = (locale: string) => blocks.filter((b) => b.locale === locale).map((b) => b.ref)
    expect(shown('en').length).toBeGreaterThanOrEqual(8)
    expect(shown('zh-CN')).toEqual(shown('en'))
    for (const { where, ref, body } of blocks) {
      expect(body.trim(), `${where}: ${ref.file} is filled from the file`).toBe('')
      expect(readCodeRegion(ref.file, ref.region).length, `${where}: ${ref.file}`).toBeGreaterThan(
        0,
      )
    }
  })

  it('has a Chinese translation for every comment the zh-CN lessons show', () => {
    for (const { where, ref } of blocks.filter((b) => b.locale === 'zh-CN')) {
      const comments = [...readCodeRegion(ref.file, ref.region).matchAll(/\/\/ (.+)$/gm)]
      const untranslated = comments.map((m) => m[1]!).filter((text) => !(text in translations))
      expect(untranslated, `${where}: ${ref.file}`).toEqual([])
    }
    // and the plugin applies them
    expect(
      translateComments(
        'x() // the refresh in flight in this tab, shared by every caller',
        translations,
      ),
    ).toBe('x() // 本标签页里进行中的那次刷新，所有调用方共用')
  })

  it("shows the header lesson's naive verifier accepting an alg none forgery (its flaw)", async () => {
    const { naiveVerify } = (await import('@/content/code/wrong/naive-verify.js')) as {
      naiveVerify: (token: string, secret: string) => Record<string, unknown>
    }
    const forged = 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiI0MiIsImFkbWluIjp0cnVlfQ.'
    expect(naiveVerify(forged, SECRET)).toEqual({ sub: '42', admin: true })
    expect(() => jwt.verify(forged, SECRET, { algorithms: ['HS256'] })).toThrow(
      'jwt signature is required',
    )
  })
})
