import crypto from 'node:crypto'
import jwt from 'jsonwebtoken'
import { app } from './app.js'
import { db } from './db.js'
import { hashToken, newRefreshToken } from './tokens.js'

const DAY = 24 * 60 * 60 * 1000

const refreshCookie = {
  httpOnly: true,
  secure: true,
  sameSite: 'strict',
  path: '/auth',
}

// #region refresh
app.post('/auth/refresh', async (req, res) => {
  const presented = req.cookies.refresh_token
  const record = presented && (await db.refreshTokens.findByHash(hashToken(presented)))
  const now = Date.now()
  if (!record || record.revokedAt || record.expiresAt < now || record.familyExpiresAt < now) {
    return res.sendStatus(401)
  }

  // Atomic: of two requests presenting the same token, only one can spend it
  if (!(await db.refreshTokens.markUsed(record.id))) {
    // Already spent: two parties hold this token, and we cannot tell which one is the thief
    await db.refreshTokens.revokeFamily(record.familyId)
    return res.sendStatus(401)
  }

  const next = newRefreshToken()
  // A day from now, but never past the family's end: rotation does not extend the session
  const expiresAt = Math.min(now + 24 * 60 * 60 * 1000, record.familyExpiresAt)
  await db.refreshTokens.insert({
    hash: hashToken(next),
    familyId: record.familyId,
    familyExpiresAt: record.familyExpiresAt,
    userId: record.userId,
    expiresAt,
  })

  res.cookie('refresh_token', next, {
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    path: '/auth',
    maxAge: expiresAt - now, // milliseconds in Express
  })
  res.json({
    // The same claims as at login, so the same requireAuth accepts it
    accessToken: jwt.sign({}, process.env.JWT_SECRET, {
      algorithm: 'HS256',
      subject: String(record.userId),
      issuer: 'https://api.example.com',
      audience: 'https://app.example.com',
      expiresIn: '5m',
    }),
  })
})
// #endregion refresh

// #region logout
app.post('/auth/logout', async (req, res) => {
  const presented = req.cookies.refresh_token
  const record = presented && (await db.refreshTokens.findByHash(hashToken(presented)))
  // End the whole session: no token of this family can mint access tokens any more
  if (record) await db.refreshTokens.revokeFamily(record.familyId)
  res.clearCookie('refresh_token', { path: '/auth' })
  res.sendStatus(204)
})
// #endregion logout

/** Starts a session the way a login that also sets the refresh cookie would. */
export async function startSession(userId, res) {
  const token = newRefreshToken()
  const now = Date.now()
  // #region family
  await db.refreshTokens.insert({
    hash: hashToken(token),
    familyId: crypto.randomUUID(),
    // The session's hard end, fixed at login: 7 days, however often it is refreshed
    familyExpiresAt: now + 7 * 24 * 60 * 60 * 1000,
    userId,
    expiresAt: now + 24 * 60 * 60 * 1000,
  })
  // #endregion family
  res?.cookie('refresh_token', token, { ...refreshCookie, maxAge: DAY })
  return token
}
