import 'server-only'

/**
 * @module What each auth route does, from parsed input to Response. Routes stay a few lines:
 * parse the body, call one of these.
 */
import type { Store, UserRecord } from '@/lib/db'
import {
  ApiError,
  assertSameOrigin,
  bearerError,
  clientAddress,
  isHttps,
  jsonResponse,
  readBearerToken,
  readCookie,
  siteOrigin,
} from '@/lib/http'
import { verifyAccessToken, issueAccessToken, type AccessTokenClaims } from './access-token'
import {
  ACCESS_TOKEN_TTL,
  DEFAULT_SIGNING_ALG,
  PREVIOUS_REFRESH_COOKIE,
  REFRESH_COOKIE,
  loginThrottlePolicy,
} from './config'
import { clearedRefreshCookie, previousRefreshCookie, refreshCookie } from './cookie'
import { clearLoginThrottle, reserveLoginAttempt } from './login-throttle'
import { MIN_PASSWORD_SCORE, checkPasswordStrength } from './password-strength'
import { getDummyHash, hashPassword, verifyPassword } from './passwords'
import { checkLoginAllowed, checkRegisterAllowed } from './rate-limit'
import { rotateRefreshToken, revokeRefreshFamily, startRefreshFamily } from './refresh-token'
import type { LoginBody, RegisterBody } from './schemas'
import { getAuthStore } from './store'

/** A user as the API shows it: never the password hash. */
export interface PublicUser {
  id: string
  email: string
  name: string
  createdAt: string
}

export function publicUser(user: UserRecord): PublicUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    createdAt: new Date(user.createdAt).toISOString(),
  }
}

/** The body of a successful login or refresh. */
export interface TokenResponse {
  accessToken: string
  tokenType: 'Bearer'
  expiresIn: number
  user: PublicUser
}

/** POST /api/auth/register → 201 `{ user }`. */
export async function register(req: Request, body: RegisterBody): Promise<Response> {
  assertSameOrigin(req)
  // Before the per-address limit: a weak password costs milliseconds, and should not use up
  // the registrations of someone trying a few.
  await assertStrongPassword(body)
  await checkRegisterAllowed(clientAddress(req))
  const store = await getAuthStore()
  // Cheap check first so a duplicate does not cost a hash; the insert below is the real guard.
  if (await store.users.findByEmail(body.email)) throw emailTaken(body.email)
  const user: UserRecord = {
    id: crypto.randomUUID(),
    email: body.email,
    name: body.name,
    passwordHash: await hashPassword(body.password),
    createdAt: Date.now(),
  }
  if (!(await store.users.create(user))) throw emailTaken(body.email)
  return jsonResponse({ user: publicUser(user) }, { status: 201 })
}

/**
 * 400 PASSWORD_TOO_WEAK below zxcvbn score 3, with the same `issues` shape as VALIDATION_FAILED
 * and zxcvbn-ts's untranslated feedback keys in `password`, for the form to translate.
 */
async function assertStrongPassword(body: RegisterBody): Promise<void> {
  const strength = await checkPasswordStrength(body.password, [body.email, body.name])
  if (strength.score >= MIN_PASSWORD_SCORE) return
  const message = 'This password is too easy to guess.'
  throw new ApiError('PASSWORD_TOO_WEAK', `password: ${message}`, {
    extra: {
      issues: [{ path: 'password', code: 'password_too_weak', message }],
      password: strength,
    },
  })
}

function emailTaken(email: string) {
  return new ApiError('EMAIL_TAKEN', `An account for ${email} already exists.`)
}

async function tokenResponse(
  req: Request,
  store: Store,
  user: UserRecord,
  session: {
    alg: LoginBody['alg'] & string
    ttl: number
    refreshToken: string
    refreshExpiresAt: number
  },
  status = 200,
): Promise<Response> {
  const { token, expiresIn } = await issueAccessToken(store, {
    userId: user.id,
    issuer: siteOrigin(req),
    alg: session.alg,
    ttl: session.ttl,
  })
  const body: TokenResponse = {
    accessToken: token,
    tokenType: 'Bearer',
    expiresIn,
    user: publicUser(user),
  }
  const cookie = refreshCookie(session.refreshToken, {
    maxAgeSeconds: (session.refreshExpiresAt - Date.now()) / 1000,
    secure: isHttps(req),
  })
  return jsonResponse(body, { status, headers: { 'Set-Cookie': cookie } })
}

/**
 * POST /api/auth/login → 200 TokenResponse and the refresh cookie. Unknown email and wrong
 * password give the same 401, after the same argon2 work. Both limits take their point before
 * argon2 runs: per address (429 RATE_LIMITED), then per account (429 LOGIN_DELAYED).
 */
export async function login(req: Request, body: LoginBody): Promise<Response> {
  assertSameOrigin(req)
  await checkLoginAllowed(clientAddress(req))
  const store = await getAuthStore()
  const attempt = await reserveLoginAttempt(store, body.email)
  if (!attempt.ok) throw loginDelayed(attempt.retryAfterMs)
  const user = await store.users.findByEmail(body.email)
  const passwordOk = await verifyPassword(
    user?.passwordHash ?? (await getDummyHash()),
    body.password,
  )
  if (!user || !passwordOk) {
    throw new ApiError('INVALID_CREDENTIALS', 'The email or the password is wrong.')
  }
  await clearLoginThrottle(store, body.email)
  const alg = body.alg ?? DEFAULT_SIGNING_ALG
  const ttl = body.expiresIn ?? ACCESS_TOKEN_TTL.default
  const refresh = await startRefreshFamily(store, { userId: user.id, alg, accessTtl: ttl })
  return tokenResponse(req, store, user, {
    alg,
    ttl,
    refreshToken: refresh.token,
    refreshExpiresAt: refresh.expiresAt,
  })
}

function loginDelayed(retryAfterMs: number): ApiError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000))
  return new ApiError(
    'LOGIN_DELAYED',
    `This account is not locked. After several failed logins each attempt waits longer ` +
      `(from 1 s, doubling, at most ${loginThrottlePolicy().maxDelayMs / 1000} s); ` +
      `the next one may start in ${seconds} s.`,
    { headers: { 'Retry-After': String(seconds) }, extra: { retryAfter: seconds } },
  )
}

/**
 * POST /api/auth/refresh (cookie) → 200 TokenResponse with the next refresh cookie, and the token
 * just spent in the demo's replay cookie (PREVIOUS_REFRESH_COOKIE).
 */
export async function refresh(req: Request): Promise<Response> {
  assertSameOrigin(req)
  const presented = readCookie(req, REFRESH_COOKIE)
  if (!presented) throw new ApiError('REFRESH_TOKEN_MISSING', 'No refresh cookie was sent.')
  try {
    const response = await refreshWith(req, presented)
    response.headers.append(
      'Set-Cookie',
      previousRefreshCookie(presented, { secure: isHttps(req) }),
    )
    return response
  } catch (error) {
    // A refresh cookie that failed is useless from now on: drop it from the browser too.
    if (error instanceof ApiError) {
      error.headers['Set-Cookie'] = clearedRefreshCookie({ secure: isHttps(req) })
    }
    throw error
  }
}

/**
 * Spends `presented` and answers like login, with the next token in the refresh cookie. The
 * refresh route and the demo's replay route (which presents an already spent token) share it.
 */
export async function refreshWith(req: Request, presented: string): Promise<Response> {
  const store = await getAuthStore()
  const next = await rotateRefreshToken(store, presented)
  const user = await store.users.findById(next.family.userId)
  if (!user) throw new ApiError('REFRESH_TOKEN_REVOKED', 'The account no longer exists.')
  return tokenResponse(req, store, user, {
    alg: next.family.alg,
    ttl: next.family.accessTtl,
    refreshToken: next.token,
    refreshExpiresAt: next.expiresAt,
  })
}

/**
 * POST /api/demo/replay-refresh: the demo page's attacker. It presents the refresh token that the
 * last rotation spent (kept in an HttpOnly cookie only /api/demo receives) to the same rotation
 * logic as /api/auth/refresh, so the learner sees 401 REFRESH_TOKEN_REUSED and the family revoked.
 * The real refresh cookie is left alone, as a thief's replay would leave the victim's.
 */
export async function replayRefresh(req: Request): Promise<Response> {
  assertSameOrigin(req)
  const previous = readCookie(req, PREVIOUS_REFRESH_COOKIE)
  if (!previous) {
    throw new ApiError('REFRESH_TOKEN_MISSING', 'No spent refresh token is kept: refresh first.')
  }
  try {
    return await refreshWith(req, previous)
  } catch (error) {
    // Replayed once, the spent token has shown what it can: drop it.
    if (error instanceof ApiError) {
      error.headers['Set-Cookie'] = previousRefreshCookie('', { secure: isHttps(req) })
    }
    throw error
  }
}

/** POST /api/auth/logout → 204, the family revoked and the cookie cleared. Always succeeds. */
export async function logout(req: Request): Promise<Response> {
  assertSameOrigin(req)
  const presented = readCookie(req, REFRESH_COOKIE)
  if (presented) await revokeRefreshFamily(await getAuthStore(), presented)
  return new Response(null, {
    status: 204,
    headers: {
      'Set-Cookie': clearedRefreshCookie({ secure: isHttps(req) }),
      'Cache-Control': 'no-store',
    },
  })
}

/** GET /api/me (Bearer) → 200 `{ user, claims }`; every failure a 401 with a Bearer challenge. */
export async function me(req: Request): Promise<Response> {
  const token = readBearerToken(req)
  const store = await getAuthStore()
  const result = await verifyAccessToken(store, token, { issuer: siteOrigin(req) })
  if (!result.ok) throw bearerError(result.code, result.detail)
  const user = await store.users.findById(result.claims.sub)
  if (!user) throw bearerError('TOKEN_USER_UNKNOWN', 'The user this token names does not exist.')
  const claims: AccessTokenClaims = result.claims
  return jsonResponse({ user: publicUser(user), claims, header: result.header })
}
