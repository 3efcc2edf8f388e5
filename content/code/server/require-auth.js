// #region require-auth
import jwt from 'jsonwebtoken'

const secret = process.env.JWT_SECRET
const verifyOptions = {
  algorithms: ['HS256'],
  issuer: 'https://api.example.com',
  audience: 'https://app.example.com',
  clockTolerance: 5,
}

export function requireAuth(req, res, next) {
  // "Bearer <token>"; the scheme name is case-insensitive (RFC 9110 §11.1)
  const match = /^Bearer +(\S+)$/i.exec(req.headers.authorization ?? '')
  if (!match) {
    res.set('WWW-Authenticate', 'Bearer')
    return res.status(401).json({ error: 'missing_token' })
  }

  let claims
  try {
    claims = jwt.verify(match[1], secret, verifyOptions)
  } catch (err) {
    const expired = err instanceof jwt.TokenExpiredError
    const description = expired ? 'The token expired' : 'The token is invalid'
    res.set('WWW-Authenticate', `Bearer error="invalid_token", error_description="${description}"`)
    return res.status(401).json({ error: 'invalid_token', error_description: description })
  }

  req.user = { id: claims.sub, role: claims.role }
  next()
}
// #endregion require-auth
