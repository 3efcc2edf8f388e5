// The id-tokens lesson's API: it accepts RFC 9068 access tokens, and nothing else.
// #region verify-at-jwt
import { jwtVerify } from 'jose'

export async function verifyJwtAccessToken(token, providerKey) {
  const { payload } = await jwtVerify(token, providerKey, {
    algorithms: ['RS256'],
    typ: 'at+jwt', // RFC 9068 §4: an ID token stops here, even one signed with the same key
    issuer: 'https://accounts.example.com',
    audience: 'https://api.example.com', // this API, never a client_id
    requiredClaims: ['exp', 'client_id'],
  })
  return payload
}
// #endregion verify-at-jwt
