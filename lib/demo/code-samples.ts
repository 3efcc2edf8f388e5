/**
 * @module The server code behind each demo step, as static samples: an excerpt of this site's
 * route and lib/auth (shortened, the names are the real ones), beside the seed-style Express +
 * jsonwebtoken version that the lessons start from. Highlighted at build time on the server.
 */
import type { RouteStep } from './exchange'

export interface CodeSample {
  ours: string
  seed: string
}

export const CODE_SAMPLES: Record<RouteStep, CodeSample> = {
  register: {
    ours: `// app/api/auth/register/route.ts
export const POST = handle(async (req) => register(req, await parseJson(req, RegisterBody)))

// lib/auth/service.ts (excerpt). RegisterBody (zod): email, 8-128 chars, name
export async function register(req: Request, body: RegisterBody) {
  assertSameOrigin(req)
  await assertStrongPassword(body)  // zxcvbn-ts score < 3: 400 PASSWORD_TOO_WEAK + its feedback keys
  await checkRegisterAllowed(clientAddress(req))  // each hash costs ~90 ms: rate-limited
  const store = await getAuthStore()
  if (await store.users.findByEmail(body.email)) throw emailTaken(body.email) // 409
  const user = {
    id: crypto.randomUUID(),
    email: body.email,
    name: body.name,
    passwordHash: await hashPassword(body.password), // argon2id, OWASP parameters
    createdAt: Date.now(),
  }
  if (!(await store.users.create(user))) throw emailTaken(body.email) // unique index
  return jsonResponse({ user: publicUser(user) }, { status: 201 })  // never the hash
}`,
    seed: `const users = []

app.post('/register', async (req, res) => {
  const { email, password } = req.body
  const hashed = await bcrypt.hash(password, 10)
  users.push({ id: users.length + 1, email, password: hashed })
  res.json({ message: 'User registered' })
})`,
  },
  login: {
    ours: `// app/api/auth/login/route.ts
export const POST = handle(async (req) => login(req, await parseJson(req, LoginBody)))

// lib/auth/service.ts (excerpt)
export async function login(req: Request, body: LoginBody) {
  assertSameOrigin(req)
  await checkLoginAllowed(clientAddress(req))          // per address: 429 RATE_LIMITED
  const store = await getAuthStore()
  const attempt = await reserveLoginAttempt(store, body.email) // before argon2, not after
  if (!attempt.ok) throw loginDelayed(attempt.retryAfterMs)    // 429 LOGIN_DELAYED, no lockout
  const user = await store.users.findByEmail(body.email)
  // The same argon2 work for an unknown email: same answer, same time.
  const passwordOk = await verifyPassword(
    user?.passwordHash ?? (await getDummyHash()),
    body.password,
  )
  if (!user || !passwordOk) {
    throw new ApiError('INVALID_CREDENTIALS', 'The email or the password is wrong.')
  }
  const refresh = await startRefreshFamily(store, { userId: user.id, alg, accessTtl: ttl })
  return tokenResponse(req, store, user, { alg, ttl, refreshToken: refresh.token, … })
}

// lib/auth/access-token.ts (excerpt): RFC 9068 access token
const token = await new SignJWT({ iss, sub: userId, aud: 'jwt-playground-api',
  client_id, iat, exp: iat + ttl, jti: crypto.randomUUID() })
  .setProtectedHeader({ alg, typ: 'at+jwt', kid })
  .sign(key)
// → 200 { accessToken, tokenType: 'Bearer', expiresIn, user }
//   Set-Cookie: jwtpg_refresh=…; Path=/api/auth; HttpOnly; SameSite=Strict`,
    seed: `app.post('/login', async (req, res) => {
  const { email, password } = req.body
  const user = users.find((u) => u.email === email)
  if (!user) return res.status(404).json({ message: 'User not found' })
  const ok = await bcrypt.compare(password, user.password)
  if (!ok) return res.status(401).json({ message: 'Wrong password' })

  const token = jwt.sign({ id: user.id }, process.env.JWT_SECRET)
  res.json({ token })
})`,
  },
  me: {
    ours: `// app/api/me/route.ts
export const GET = handle(me)

// lib/auth/service.ts (excerpt)
export async function me(req: Request) {
  const token = readBearerToken(req)     // no "Bearer " → 401 TOKEN_SCHEME_MISSING
  const result = await verifyAccessToken(store, token, { issuer: siteOrigin(req) })
  if (!result.ok) throw bearerError(result.code, result.detail) // 401 + WWW-Authenticate
  const user = await store.users.findById(result.claims.sub)
  return jsonResponse({ user: publicUser(user), claims: result.claims, header: result.header })
}

// lib/auth/access-token.ts (excerpt)
if (!isAllowedAlg(header.alg)) return fail('TOKEN_ALG_NOT_ALLOWED', …)
const key = await verificationKey(store, header.kid, now) // our key for this kid, or none
if (!key) return fail('TOKEN_UNKNOWN_KID', …)
await jwtVerify(token, key.key, {
  algorithms: [key.alg],                 // the key decides, never the token
  typ: 'at+jwt',
  issuer,
  audience: 'jwt-playground-api',
  requiredClaims: ['exp', 'iat', 'sub', 'jti'],
  clockTolerance: 5,
}) // JWTExpired → TOKEN_EXPIRED, JWSSignatureVerificationFailed → TOKEN_BAD_SIGNATURE, …`,
    seed: `function auth(req, res, next) {
  const token = req.headers.authorization   // "Bearer eyJ…" or just "eyJ…"?
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET)
    next()
  } catch (err) {
    res.status(500).json({ message: err.message })
  }
}

app.get('/protected', auth, (req, res) => {
  res.json({ user: req.user })
})`,
  },
  refresh: {
    ours: `// app/api/auth/refresh/route.ts
export const POST = handle(refresh)

// lib/auth/service.ts (excerpt)
export async function refresh(req: Request) {
  assertSameOrigin(req)                                 // 403 ORIGIN_MISMATCH
  const presented = readCookie(req, 'jwtpg_refresh')    // HttpOnly: page JS never sees it
  if (!presented) throw new ApiError('REFRESH_TOKEN_MISSING', …)
  return refreshWith(req, presented) // new access token, Set-Cookie: the next refresh token
}

// lib/auth/refresh-token.ts (excerpt): opaque tokens, stored only as SHA-256 hashes
export async function rotateRefreshToken(store: Store, token: string, now = Date.now()) {
  const found = await store.refresh.findToken(await hashRefreshToken(token))
  if (!found) throw new ApiError('REFRESH_TOKEN_INVALID', …)
  if (found.family.revokedAt !== null) throw new ApiError('REFRESH_TOKEN_REVOKED', …)
  // The conditional UPDATE is the lock: of two requests racing with one token, one wins.
  const won = await store.refresh.markUsed(found.token.tokenHash, now)
  if (!won) {                                           // spent before: someone has a copy
    await store.refresh.revokeFamily(found.family.id, now, 'reuse')
    throw new ApiError('REFRESH_TOKEN_REUSED', …)
  }
  const next = newRefreshToken()                        // 256 random bits
  await store.refresh.addToken({ tokenHash: await hashRefreshToken(next), … })
  return { token: next, … }
}`,
    seed: `let refreshTokens = []   // filled at login; the client keeps its copy in localStorage

app.post('/token', (req, res) => {
  const { token } = req.body
  if (!refreshTokens.includes(token)) return res.sendStatus(403)
  jwt.verify(token, process.env.REFRESH_SECRET, (err, user) => {
    if (err) return res.sendStatus(403)
    const accessToken = jwt.sign({ id: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' })
    res.json({ accessToken })
  })
})`,
  },
  replay: {
    ours: `// app/api/demo/replay-refresh/route.ts: the demo's stand-in for an attacker
export const POST = handle(async (req) => {
  assertSameOrigin(req)
  // Set by each refresh: the token it just spent (HttpOnly, Path=/api/demo).
  const previous = readCookie(req, 'jwtpg_refresh_prev')
  if (!previous) throw new ApiError('REFRESH_TOKEN_MISSING', …)
  return await refreshWith(req, previous) // the same rotation as /api/auth/refresh
})

// lib/auth/refresh-token.ts: the token was spent, so markUsed loses
if (!won) {
  await store.refresh.revokeFamily(found.family.id, now, 'reuse')
  throw new ApiError('REFRESH_TOKEN_REUSED', 'This refresh token was already used. …')
}`,
    seed: `// The attacker copied the refresh token out of localStorage (one XSS is enough)
// and sends it from anywhere, as often as they like:
fetch('https://api.example.com/token', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ token: stolenRefreshToken }),
})
// → 200 { accessToken } every time: the token is still in refreshTokens.`,
  },
  logout: {
    ours: `// app/api/auth/logout/route.ts
export const POST = handle(logout)

// lib/auth/service.ts (excerpt)
export async function logout(req: Request) {
  assertSameOrigin(req)
  const presented = readCookie(req, 'jwtpg_refresh')
  // Every refresh token of this login, not only the current one.
  if (presented) await revokeRefreshFamily(await getAuthStore(), presented)
  return new Response(null, {
    status: 204,
    headers: { 'Set-Cookie': clearedRefreshCookie({ secure: isHttps(req) }) },
  })
}`,
    seed: `app.delete('/logout', (req, res) => {
  refreshTokens = refreshTokens.filter((t) => t !== req.body.token)
  res.sendStatus(204)
})

// In the browser:
localStorage.removeItem('token') // the access token has no exp: a copy works forever`,
  },
}
