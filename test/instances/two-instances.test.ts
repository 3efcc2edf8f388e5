/**
 * Two instances, one PostgreSQL: a session started on one is valid on the other, a refresh token
 * is spent once across both, and a signing key rotated against the database reaches both.
 * Needs the production build (npm test builds first) and PostgreSQL (skipped loudly without).
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { decodeProtectedHeader } from 'jose'
import { DEMO_ACCOUNTS } from '@/lib/auth/demo-accounts'
import { SIGNING_KEY_CACHE_TTL_MS } from '@/lib/db/key-cache'
import { postgres } from '../lib/db/engines'
import {
  SITE_ORIGIN,
  freshClient,
  login,
  me,
  problemCode,
  refresh,
  refreshCookieOf,
  startInstance,
  type Instance,
} from './instances'

const alice = DEMO_ACCOUNTS[0]!
const bob = DEMO_ACCOUNTS[1]!
const LOGIN_LIMIT_PER_IP = 8
const FREE_ATTEMPTS = 5
const ports = [3110, 3111] as const
let a: Instance
let b: Instance
let databaseUrl: string

describe.skipIf(!postgres.available)('two instances on one PostgreSQL', () => {
  beforeAll(async () => {
    if (!existsSync('.next/BUILD_ID')) throw new Error('No production build: run `npx next build`')
    databaseUrl = await postgres.freshUrl()
    const env = {
      DATABASE_URL: databaseUrl,
      APP_ORIGIN: SITE_ORIGIN,
      // Behind one load balancer, which writes the client's address (see login()).
      TRUST_PROXY: '1',
      LOGIN_LIMIT_PER_IP: String(LOGIN_LIMIT_PER_IP),
      LOGIN_LIMIT_PER_ACCOUNT: String(FREE_ATTEMPTS),
    }
    // Started together, so both migrate and create keys at once on the empty database.
    ;[a, b] = await Promise.all([
      startInstance('A', ports[0], env),
      startInstance('B', ports[1], env),
    ])
  }, 180_000)

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()])
  })

  afterEach((context) => {
    if (context.task.result?.state === 'fail') {
      console.error(`--- A stderr ---\n${a?.log()}\n--- B stderr ---\n${b?.log()}`)
    }
  })

  it('logs in on A, is known on B; a refresh on B, replayed on A, revokes the family on both', async () => {
    const loggedIn = await login(a, alice.email, alice.password)
    expect(loggedIn.status).toBe(200)
    const { accessToken } = (await loggedIn.json()) as { accessToken: string }
    const firstCookie = refreshCookieOf(loggedIn)

    const onB = await me(b, accessToken)
    expect(onB.status).toBe(200)
    expect(((await onB.json()) as { user: { email: string } }).user.email).toBe(alice.email)

    const refreshedOnB = await refresh(b, firstCookie)
    expect(refreshedOnB.status).toBe(200)
    const secondCookie = refreshCookieOf(refreshedOnB)

    const replayOnA = await refresh(a, firstCookie)
    expect({ status: replayOnA.status, code: await problemCode(replayOnA) }).toEqual({
      status: 401,
      code: 'REFRESH_TOKEN_REUSED',
    })
    // The legitimate latest token is dead too, on either instance.
    for (const instance of [a, b]) {
      const response = await refresh(instance, secondCookie)
      expect({ status: response.status, code: await problemCode(response) }).toEqual({
        status: 401,
        code: 'REFRESH_TOKEN_REVOKED',
      })
    }
  })

  it('lets exactly one of 20 parallel refreshes with one cookie, split across A and B, win', async () => {
    const loggedIn = await login(b, alice.email, alice.password)
    expect(loggedIn.status).toBe(200)
    const cookie = refreshCookieOf(loggedIn)
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => refresh(i % 2 ? a : b, cookie)),
    )
    const winners = responses.filter((response) => response.status === 200)
    expect(winners).toHaveLength(1)
    // Every loser, on either instance, knew the token and saw it spent (not "unknown token").
    const losers = await Promise.all(
      responses
        .filter((response) => response.status !== 200)
        .map(async (response) => `${response.status} ${await problemCode(response)}`),
    )
    expect(losers).toHaveLength(19)
    for (const loser of losers) expect(loser).toMatch(/^401 REFRESH_TOKEN_RE(USED|VOKED)$/)
    // Strict reuse detection: the race revoked the family, so even the winner's token is dead.
    const next = refreshCookieOf(winners[0]!)
    for (const instance of [a, b]) expect((await refresh(instance, next)).status).toBe(401)
  })

  it('limits wrong passwords for one account spread across A and B together', async () => {
    // Twenty guesses at once, from twenty addresses, half on each instance: only the free
    // attempts reach the password check, wherever they land.
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => login(i % 2 ? a : b, bob.email, 'not-bobs-password')),
    )
    const outcomes = await Promise.all(
      responses.map(async (response) => `${response.status} ${await problemCode(response)}`),
    )
    expect(outcomes.filter((o) => o === '401 INVALID_CREDENTIALS')).toHaveLength(FREE_ATTEMPTS)
    expect(outcomes.filter((o) => o === '429 LOGIN_DELAYED')).toHaveLength(20 - FREE_ATTEMPTS)
  })

  it('counts logins from one address across A and B together', async () => {
    const client = freshClient()
    for (let i = 0; i < LOGIN_LIMIT_PER_IP; i += 1) {
      const response = await login(i % 2 ? a : b, alice.email, alice.password, client)
      expect(response.status).toBe(200)
    }
    for (const instance of [a, b]) {
      const response = await login(instance, alice.email, alice.password, client)
      expect({ status: response.status, code: await problemCode(response) }).toEqual({
        status: 429,
        code: 'RATE_LIMITED',
      })
    }
    // Another address is not affected.
    expect((await login(b, alice.email, alice.password)).status).toBe(200)
  })

  it(`shows a key rotated against the database in B's JWKS within ${SIGNING_KEY_CACHE_TTL_MS / 1000} s, and B verifies A's tokens signed with it`, async () => {
    const kidsOf = async (instance: Instance) =>
      (
        (await (await fetch(`${instance.url}/api/jwks`)).json()) as { keys: { kid: string }[] }
      ).keys.map((key) => key.kid)
    const before = await kidsOf(b)

    const rotation = spawnSync(
      process.execPath,
      [
        'node_modules/tsx/dist/cli.mjs',
        '--conditions=react-server',
        'scripts/keys-rotate.ts',
        'ES256',
      ],
      { encoding: 'utf8', env: { ...process.env, DATABASE_URL: databaseUrl } },
    )
    expect(rotation.status, rotation.stderr).toBe(0)
    const newKid = /new current ES256 key: (\S+)/.exec(rotation.stdout)?.[1]
    expect(newKid).toBeDefined()
    expect(before).not.toContain(newKid)
    const rotatedAt = performance.now()

    // Poll B until the key shows; the bound is the stated figure plus slack for a busy machine.
    const bound = SIGNING_KEY_CACHE_TTL_MS + 3_000
    let kids = await kidsOf(b)
    while (!kids.includes(newKid!) && performance.now() - rotatedAt < bound) {
      await new Promise((done) => setTimeout(done, 250))
      kids = await kidsOf(b)
    }
    expect(kids).toContain(newKid)
    // The retired key stays published for its grace period.
    expect(kids).toEqual(expect.arrayContaining(before))

    // By now A signs with the new key too, and B accepts what A signed.
    let accessToken = ''
    while (performance.now() - rotatedAt < bound) {
      const loggedIn = await login(a, alice.email, alice.password)
      accessToken = ((await loggedIn.json()) as { accessToken: string }).accessToken
      if (decodeProtectedHeader(accessToken).kid === newKid) break
      await new Promise((done) => setTimeout(done, 250))
    }
    expect(decodeProtectedHeader(accessToken).kid).toBe(newKid)
    expect((await me(b, accessToken)).status).toBe(200)
  })
})
