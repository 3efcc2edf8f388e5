/**
 * @module The labs' HTTP door: the only lab code that reads a Request or writes a Response, on
 * lib/http's helpers (problem+json, Bearer, bodies, client address). Route files under
 * app/api/labs call these and nothing else. Every answer a client can cause is a 4xx
 * problem+json with a code from ./codes (or lib/http's own, for methods and bodies).
 */
import {
  ApiError,
  bearerChallenge,
  clientAddress,
  jsonResponse,
  problemJson,
  problemResponse,
  rateLimitKey,
  readBearerToken,
  readJsonBody,
  siteOrigin,
} from '@/lib/http'
import { apiErrorResponse } from '@/lib/http/problem'
import { LAB_ERRORS, type LabRefusal } from './codes'
import { EXPLOIT_MAX_BODY_BYTES, publishJwks, publishedJwks } from './exploit-server'
import { exploitServerPath } from './catalog'
import type { LabContext } from './lab'
import { consumeLabBudget } from './rate-limit'
import { checkAdmin, instanceJwks, instancePublicPem, parseVerifier, startLab } from './service'
import { wordlist } from './wordlist'

/** A lab refusal as problem+json; 401s carry a Bearer challenge. */
export function labProblem(refusal: LabRefusal, headers: Record<string, string> = {}): Response {
  const problem = { code: refusal.code, ...LAB_ERRORS[refusal.code] }
  const challenge: Record<string, string> =
    problem.status === 401 ? { 'WWW-Authenticate': bearerChallenge(refusal.detail) } : {}
  return problemJson(problem, refusal.detail, { ...challenge, ...headers })
}

/** Thrown inside a lab handler to answer with a lab refusal. */
class LabRefused extends Error {
  constructor(
    readonly refusal: LabRefusal,
    readonly headers: Record<string, string> = {},
  ) {
    super(refusal.code)
  }
}

function unwrap<T>(result: T | LabRefusal): Exclude<T, LabRefusal> {
  if (typeof result === 'object' && result !== null && 'ok' in result && result.ok === false) {
    throw new LabRefused(result as LabRefusal)
  }
  return result as Exclude<T, LabRefusal>
}

/** lib/http's Bearer failures, renamed into the labs' codes. */
function fromApiError(error: ApiError): Response {
  if (error.code === 'TOKEN_MISSING' || error.code === 'TOKEN_SCHEME_MISSING') {
    return labProblem({ ok: false, code: 'LAB_TOKEN_MISSING', detail: error.detail })
  }
  if (error.code === 'HEADER_TOO_LARGE') {
    return labProblem({ ok: false, code: 'LAB_TOKEN_TOO_LARGE', detail: error.detail })
  }
  return apiErrorResponse(error)
}

/**
 * Wraps a lab handler: the client's rate limit first (429 LAB_RATE_LIMITED with Retry-After),
 * then refusals and lib/http's errors as problem+json; anything else is a fault (logged, 500).
 */
export function labRoute(
  handler: (req: Request) => Promise<Response>,
  options: { session?: boolean } = {},
): (req: Request) => Promise<Response> {
  return async (req) => {
    try {
      const budget = await consumeLabBudget(
        rateLimitKey(clientAddress(req)),
        options.session ? 'session' : 'request',
      )
      if (!budget.ok) {
        const detail = `Too many lab requests: try again in ${budget.retryAfter} s.`
        return labProblem(
          { ok: false, code: 'LAB_RATE_LIMITED', detail },
          { 'Retry-After': String(budget.retryAfter) },
        )
      }
      return await handler(req)
    } catch (error) {
      if (error instanceof LabRefused) return labProblem(error.refusal, error.headers)
      if (error instanceof ApiError) return fromApiError(error)
      console.error('[labs] unexpected error', req.method, new URL(req.url).pathname, error)
      return problemResponse('INTERNAL_ERROR', 'The server failed to handle this request.')
    }
  }
}

/** The path segment after /api/labs/ (the slug, or an exploit-server id after its prefix). */
function segment(req: Request, index: number): string {
  const raw = new URL(req.url).pathname.split('/')[index] ?? ''
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}

function contextOf(req: Request): LabContext {
  return { origin: siteOrigin(req), now: new Date() }
}

/** POST /api/labs/<slug>/session → 200 { token }. */
export async function sessionRoute(req: Request): Promise<Response> {
  const { token } = unwrap(await startLab(segment(req, 3), contextOf(req)))
  return jsonResponse({ token })
}

/** GET /api/labs/<slug>/admin[?verifier=hardened] with a Bearer token → 200 with the flag, 401, 403. */
export async function adminRoute(req: Request): Promise<Response> {
  const verifier = unwrap(parseVerifier(new URL(req.url).searchParams.getAll('verifier')))
  const slug = segment(req, 3)
  const token = readBearerToken(req)
  const { solved, lab, flag } = unwrap(
    await checkAdmin({ slug, token, verifier, context: contextOf(req) }),
  )
  return jsonResponse({ solved, lab, flag })
}

/** GET /api/labs/<slug>/jwks.json?sid=… → the instance's public keys. */
export async function jwksRoute(req: Request): Promise<Response> {
  const sid = new URL(req.url).searchParams.get('sid')
  const { jwks } = unwrap(instanceJwks(segment(req, 3), sid, new Date()))
  return jsonResponse(jwks)
}

/** GET /api/labs/algorithm-confusion/public.pem?sid=… → the PEM, byte for byte. */
export async function publicPemRoute(req: Request): Promise<Response> {
  const sid = new URL(req.url).searchParams.get('sid')
  const { pem } = unwrap(instancePublicPem(sid, new Date()))
  return new Response(pem, {
    headers: {
      'Content-Type': 'application/x-pem-file',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

/** GET /api/labs/weak-secret/wordlist → text/plain, one word a line; browsers keep it a day. */
export async function wordlistRoute(): Promise<Response> {
  return new Response(wordlist().text, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'public, max-age=86400',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

/** PUT /api/labs/exploit-server/<id> with a JWKS → 200 { url }. */
export async function exploitPutRoute(req: Request): Promise<Response> {
  const id = segment(req, 4)
  const body = await readJsonBody(req, EXPLOIT_MAX_BODY_BYTES)
  unwrap(publishJwks(id, body))
  return jsonResponse({ url: `${siteOrigin(req)}${exploitServerPath(id)}` })
}

/** GET /api/labs/exploit-server/<id> → the JWKS published there. */
export async function exploitGetRoute(req: Request): Promise<Response> {
  const { jwks } = unwrap(publishedJwks(segment(req, 4)))
  return jsonResponse(jwks)
}
