// #region verify-jose
import { jwtVerify, errors } from 'jose'

const secret = new TextEncoder().encode(process.env.JWT_SECRET)

export async function verifyAccessToken(token) {
  try {
    const { payload } = await jwtVerify(token, secret, {
      algorithms: ['HS256'],
      issuer: 'https://api.example.com',
      audience: 'https://app.example.com',
      clockTolerance: 5,
      requiredClaims: ['exp'], // reject tokens that would never expire
    })
    return payload
  } catch (err) {
    if (err instanceof errors.JWTExpired) {
      // ask the client to refresh or log in again
    }
    throw err
  }
}
// #endregion verify-jose
