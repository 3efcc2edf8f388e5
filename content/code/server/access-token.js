// The expiry lesson's two ways to sign a five-minute access token, each in a function so the
// test can call it with a user.
import crypto from 'node:crypto'
import { SignJWT } from 'jose'
import jwt from 'jsonwebtoken'

export function signWithJsonwebtoken(user) {
  // #region jsonwebtoken
  // jsonwebtoken
  const token = jwt.sign({}, process.env.JWT_SECRET, {
    algorithm: 'HS256',
    subject: String(user.id), // sub must be a string; jsonwebtoken throws on a number
    issuer: 'https://api.example.com',
    audience: 'https://app.example.com',
    expiresIn: '5m',
    jwtid: crypto.randomUUID(), // a unique id, useful for revocation (below)
  })
  // #endregion jsonwebtoken
  return token
}

export async function signWithJose(user) {
  // #region jose
  // jose, as an RFC 9068 access token: typ at+jwt, and the client_id it requires (§2.2)
  const secret = new TextEncoder().encode(process.env.JWT_SECRET)
  const token = await new SignJWT({ client_id: 'web-app' })
    .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' })
    .setSubject(String(user.id))
    .setIssuer('https://api.example.com')
    .setAudience('https://app.example.com')
    .setJti(crypto.randomUUID())
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(secret)
  // #endregion jose
  return token
}
