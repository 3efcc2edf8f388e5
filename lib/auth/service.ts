import 'server-only'

/**
 * @module What each auth endpoint does, on plain values: parsed bodies, a cookie's value, the
 * site's origin (the tokens' issuer), the client's address. Each returns a tagged result
 * (./result); lib/http reads the Request for these values and writes the Response from the result.
 */
import type { Store, UserRecord } from '@/lib/db'
import { verifyAccessToken, issueAccessToken, type AccessTokenClaims } from './access-token'
import { ACCESS_TOKEN_TTL, DEFAULT_SIGNING_ALG, loginThrottlePolicy } from './config'
import { clearLoginThrottle, reserveLoginAttempt } from './login-throttle'
import { MIN_PASSWORD_SCORE, checkPasswordStrength } from './password-strength'
import { getDummyHash, hashPassword, verifyPassword } from './passwords'
import { checkLoginAllowed, checkRegisterAllowed } from './rate-limit'
import { rotateRefreshToken, revokeRefreshFamily, startRefreshFamily } from './refresh-token'
import { authFailure, retryAfterSeconds, type AuthFailure, type AuthResult } from './result'
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

/** A signed-in session: the response body, and the refresh token for the cookie. */
export interface Session {
  tokens: TokenResponse
  refreshToken: string
  /** Epoch milliseconds; the cookie's Max-Age counts down to it. */
  refreshExpiresAt: number
}

/** Registration → `{ user }`. `client` is the caller's rate-limit key (lib/http `clientKey`). */
export async function register(
  body: RegisterBody,
  context: { client: string },
): Promise<AuthResult<{ user: PublicUser }>> {
  // Before the per-address limit: a weak password costs milliseconds, and should not use up
  // the registrations of someone trying a few.
  const weak = await passwordWeakness(body)
  if (weak) return weak
  const allowed = await checkRegisterAllowed(context.client)
  if (!allowed.ok) return allowed
  const store = await getAuthStore()
  // Cheap check first so a duplicate does not cost a hash; the insert below is the real guard.
  if (await store.users.findByEmail(body.email)) return emailTaken(body.email)
  const user: UserRecord = {
    id: crypto.randomUUID(),
    email: body.email,
    name: body.name,
    passwordHash: await hashPassword(body.password),
    createdAt: Date.now(),
  }
  if (!(await store.users.create(user))) return emailTaken(body.email)
  return { ok: true, user: publicUser(user) }
}

/**
 * PASSWORD_TOO_WEAK below zxcvbn score 3, with the same `issues` shape as VALIDATION_FAILED and
 * zxcvbn-ts's untranslated feedback keys in `password`, for the form to translate.
 */
async function passwordWeakness(body: RegisterBody): Promise<AuthFailure | null> {
  const strength = await checkPasswordStrength(body.password, [body.email, body.name])
  if (strength.score >= MIN_PASSWORD_SCORE) return null
  const message = 'This password is too easy to guess.'
  return authFailure('PASSWORD_TOO_WEAK', `password: ${message}`, {
    extra: {
      issues: [{ path: 'password', code: 'password_too_weak', message }],
      password: strength,
    },
  })
}

function emailTaken(email: string): AuthFailure {
  return authFailure('EMAIL_TAKEN', `An account for ${email} already exists.`)
}

async function openSession(
  store: Store,
  user: UserRecord,
  session: { issuer: string; alg: LoginBody['alg'] & string; ttl: number },
  refresh: { token: string; expiresAt: number },
): Promise<Session> {
  const { token, expiresIn } = await issueAccessToken(store, {
    userId: user.id,
    issuer: session.issuer,
    alg: session.alg,
    ttl: session.ttl,
  })
  return {
    tokens: { accessToken: token, tokenType: 'Bearer', expiresIn, user: publicUser(user) },
    refreshToken: refresh.token,
    refreshExpiresAt: refresh.expiresAt,
  }
}

/**
 * Login → a Session. Unknown email and wrong password give the same INVALID_CREDENTIALS, after
 * the same argon2 work. Both limits take their point before argon2 runs: per address
 * (RATE_LIMITED), then per account (LOGIN_DELAYED). `issuer` is the site's origin.
 */
export async function login(
  body: LoginBody,
  context: { issuer: string; client: string },
): Promise<AuthResult<{ session: Session }>> {
  const allowed = await checkLoginAllowed(context.client)
  if (!allowed.ok) return allowed
  const store = await getAuthStore()
  const attempt = await reserveLoginAttempt(store, body.email)
  if (!attempt.ok) return loginDelayed(attempt.retryAfterMs)
  const user = await store.users.findByEmail(body.email)
  const passwordOk = await verifyPassword(
    user?.passwordHash ?? (await getDummyHash()),
    body.password,
  )
  if (!user || !passwordOk) {
    return authFailure('INVALID_CREDENTIALS', 'The email or the password is wrong.')
  }
  await clearLoginThrottle(store, body.email)
  const alg = body.alg ?? DEFAULT_SIGNING_ALG
  const ttl = body.expiresIn ?? ACCESS_TOKEN_TTL.default
  const refresh = await startRefreshFamily(store, { userId: user.id, alg, accessTtl: ttl })
  return {
    ok: true,
    session: await openSession(store, user, { issuer: context.issuer, alg, ttl }, refresh),
  }
}

function loginDelayed(retryAfterMs: number): AuthFailure {
  const seconds = retryAfterSeconds(retryAfterMs)
  return authFailure(
    'LOGIN_DELAYED',
    `This account is not locked. After several failed logins each attempt waits longer ` +
      `(from 1 s, doubling, at most ${loginThrottlePolicy().maxDelayMs / 1000} s); ` +
      `the next one may start in ${seconds} s.`,
    { retryAfter: seconds },
  )
}

/**
 * Refresh → the next Session of the family `presented` belongs to (the refresh cookie's value;
 * undefined when none was sent). The same rotation serves the demo's replay (replayRefresh).
 */
export async function refresh(context: {
  presented: string | undefined
  issuer: string
}): Promise<AuthResult<{ session: Session }>> {
  if (!context.presented) {
    return authFailure('REFRESH_TOKEN_MISSING', 'No refresh cookie was sent.')
  }
  return rotate(context.presented, context.issuer)
}

async function rotate(
  presented: string,
  issuer: string,
): Promise<AuthResult<{ session: Session }>> {
  const store = await getAuthStore()
  const next = await rotateRefreshToken(store, presented)
  if (!next.ok) return next
  const user = await store.users.findById(next.family.userId)
  if (!user) return authFailure('REFRESH_TOKEN_REVOKED', 'The account no longer exists.')
  const { alg, accessTtl: ttl } = next.family
  return { ok: true, session: await openSession(store, user, { issuer, alg, ttl }, next) }
}

/**
 * The demo page's attacker: it presents `spent`, the refresh token the last rotation spent (the
 * demo's replay cookie), to the same rotation as refresh, so the learner sees
 * REFRESH_TOKEN_REUSED and the family revoked.
 */
export async function replayRefresh(context: {
  spent: string | undefined
  issuer: string
}): Promise<AuthResult<{ session: Session }>> {
  if (!context.spent) {
    return authFailure('REFRESH_TOKEN_MISSING', 'No spent refresh token is kept: refresh first.')
  }
  return rotate(context.spent, context.issuer)
}

/** Logout: revokes the family of `presented` (the refresh cookie's value), if any. Always succeeds. */
export async function logout(context: { presented: string | undefined }): Promise<void> {
  if (context.presented) await revokeRefreshFamily(await getAuthStore(), context.presented)
}

/** Who the access token `token` names, with its checked claims; every failure a TOKEN_* code. */
export async function me(context: { token: string; issuer: string }): Promise<
  AuthResult<{
    user: PublicUser
    claims: AccessTokenClaims
    header: { alg: string; kid: string; typ: string }
  }>
> {
  const store = await getAuthStore()
  const result = await verifyAccessToken(store, context.token, { issuer: context.issuer })
  if (!result.ok) return result
  const user = await store.users.findById(result.claims.sub)
  if (!user) return authFailure('TOKEN_USER_UNKNOWN', 'The user this token names does not exist.')
  return { ok: true, user: publicUser(user), claims: result.claims, header: result.header }
}
