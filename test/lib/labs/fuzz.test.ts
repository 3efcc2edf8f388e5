/**
 * Hostile input to every lab route: random methods, slugs, ids, queries, Authorization headers,
 * tokens (garbled real ones and JWT-shaped JSON of every kind) and bodies. Every answer must be
 * a 4xx problem+json with a code; never a 500, never a 200 for something no learner forged.
 */
import fc from 'fast-check'
import { encodeBase64url } from '@/lib/jwt'
import { LAB_SLUGS } from '@/lib/labs/catalog'
import { LAB_ERRORS, HTTP_LAYER_CODES } from '@/lib/labs/codes'
import { labRequest, routes, startSession } from './lab-client'

const KNOWN_CODES = new Set<string>([...Object.keys(LAB_ERRORS), ...HTTP_LAYER_CODES])
const METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH'] as const
type Route = Record<(typeof METHODS)[number], (req: Request) => Promise<Response> | Response>

async function expectClientError(res: Response, what: string) {
  const context = `${what} → ${res.status}`
  expect(res.status, context).toBeGreaterThanOrEqual(400)
  expect(res.status, context).toBeLessThan(500)
  expect(res.headers.get('content-type'), context).toBe('application/problem+json')
  const body = (await res.json()) as { code: string; status: number }
  expect(KNOWN_CODES.has(body.code), `${context}: ${body.code}`).toBe(true)
  expect(body.status, context).toBe(res.status)
}

const slug = fc.oneof(fc.constantFrom(...LAB_SLUGS), fc.string({ maxLength: 30 }))
const segment = fc.string({ maxLength: 40 }).map(encodeURIComponent)
const json = fc.jsonValue({ maxDepth: 3 })

/** JWT-shaped tokens: JSON (often objects with lab-ish members) in three base64url parts. */
function tokens(real: string[]) {
  const header = fc.oneof(
    json,
    fc.record(
      {
        alg: fc.oneof(
          fc.constantFrom('none', 'NoNe', 'HS256', 'RS256', 'ES256', 'PS256', 'EdDSA'),
          json,
        ),
        kid: fc.oneof(fc.string(), json),
        jku: fc.oneof(fc.webUrl(), fc.string(), json),
        jwk: fc.oneof(
          json,
          fc.record({
            kty: fc.constantFrom('RSA', 'EC', 'OKP', 'oct'),
            n: fc.string(),
            e: fc.string(),
            x: fc.string(),
            y: fc.string(),
            crv: fc.string(),
          }),
        ),
        crit: json,
      },
      { requiredKeys: [] },
    ),
  )
  const payload = fc.oneof(
    json,
    fc.record(
      { sid: fc.oneof(fc.string(), json), role: fc.oneof(fc.constant('admin'), json) },
      { requiredKeys: [] },
    ),
  )
  const signature = fc.oneof(
    fc.uint8Array({ maxLength: 300 }).map(encodeBase64url),
    fc.string({ maxLength: 50 }),
  )
  const shaped = fc
    .tuple(header, payload, signature)
    .map(
      ([h, p, s]) =>
        `${encodeBase64url(JSON.stringify(h) ?? 'null')}.${encodeBase64url(JSON.stringify(p) ?? 'null')}.${s}`,
    )
  // Real session tokens with characters flipped, cut or appended.
  const garbled = fc
    .tuple(fc.constantFrom(...real), fc.nat(), fc.string({ maxLength: 5 }), fc.nat({ max: 3 }))
    .map(([token, at, text, how]) => {
      const i = at % token.length
      if (how === 0) return token.slice(0, i) + text + token.slice(i + 1)
      if (how === 1) return token.slice(0, i)
      if (how === 2) return token + text
      return token.split('.').reverse().join('.')
    })
  return fc.oneof(shaped, garbled, fc.string({ maxLength: 200 }))
}

describe('fuzzed input to every lab route gets 4xx problem+json', () => {
  const real: string[] = []
  beforeAll(async () => {
    for (const lab of LAB_SLUGS) real.push(await startSession(lab))
  })

  it('admin: random tokens, Authorization headers, verifiers, slugs', async () => {
    await fc.assert(
      fc.asyncProperty(
        slug,
        fc.oneof(
          tokens(real).map((t) => `Bearer ${t}`),
          fc.string({ maxLength: 100 }),
        ),
        fc.option(fc.oneof(fc.constant('hardened'), fc.string({ maxLength: 10 }))),
        async (lab, authorization, verifier) => {
          const query = verifier === null ? '' : `?verifier=${encodeURIComponent(verifier)}`
          const path = `/api/labs/${encodeURIComponent(lab)}/admin${query}`
          let req: Request
          try {
            req = labRequest(path, { headers: { Authorization: authorization } })
          } catch {
            return // a header value fetch itself refuses (a control character) never reaches us
          }
          const res = await routes.admin.GET(req)
          await expectClientError(res, `${path} ${authorization.slice(0, 80)}`)
        },
      ),
      { numRuns: 400, seed: 1201 },
    )
  })

  it('session, jwks.json, public.pem, wordlist: random slugs, queries and methods', async () => {
    const all: [string, Route][] = [
      ['/api/labs/{}/session', routes.session],
      ['/api/labs/{}/admin', routes.admin],
      ['/api/labs/{}/jwks.json', routes.jwks],
      ['/api/labs/algorithm-confusion/public.pem', routes.publicPem],
      ['/api/labs/weak-secret/wordlist', routes.wordlist],
      ['/api/labs/exploit-server/{}', routes.exploit],
    ]
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...all),
        fc.constantFrom(...METHODS),
        fc.oneof(slug.map(encodeURIComponent), segment),
        fc.string({ maxLength: 40 }),
        fc.option(fc.string({ maxLength: 200 })),
        async ([template, route], method, filler, sid, body) => {
          const path = `${template.replace('{}', filler)}?sid=${encodeURIComponent(sid)}`
          const init = {
            method,
            body: method === 'GET' || method === 'HEAD' ? undefined : (body ?? undefined),
          }
          const res = await route[method](labRequest(path, init))
          // The only 2xx a random request may earn: OPTIONS, and the word list itself.
          if (method === 'OPTIONS') {
            expect(res.status).toBe(204)
            return
          }
          if (template.endsWith('wordlist') && (method === 'GET' || method === 'HEAD')) {
            expect(res.status).toBe(200)
            return
          }
          // A random slug may hit a real lab: a session for it is a fair 200.
          if (template.endsWith('session') && method === 'POST' && res.status === 200) return
          await expectClientError(res, `${method} ${path}`)
        },
      ),
      { numRuns: 300, seed: 1202 },
    )
  })

  it('exploit server: random ids, media types and bodies', async () => {
    await fc.assert(
      fc.asyncProperty(
        segment,
        fc.constantFrom(
          'application/json',
          'application/json; charset=utf-8',
          'text/plain',
          'application/x-www-form-urlencoded',
          '',
        ),
        fc.oneof(
          json.map((value) => JSON.stringify(value) ?? 'null'),
          fc
            .record({ keys: fc.array(json, { maxLength: 12 }) })
            .map((value) => JSON.stringify(value)),
          fc.string({ maxLength: 300 }),
          fc.uint8Array({ maxLength: 300 }).map((bytes) => new Blob([bytes])),
        ),
        async (id, type, body) => {
          const headers: Record<string, string> = type ? { 'Content-Type': type } : {}
          const path = `/api/labs/exploit-server/${id}`
          const res = await routes.exploit.PUT(labRequest(path, { method: 'PUT', headers, body }))
          await expectClientError(res, `PUT ${path}`)
        },
      ),
      { numRuns: 300, seed: 1203 },
    )
  })
})
