// The id-tokens lesson's client: what a web app checks in the ID token it gets at login.
// #region verify-id-token
import { base64url, jwtVerify } from 'jose'

const issuer = 'https://accounts.example.com'
const clientId = 'web-app' // your client_id at the provider

export async function verifyIdToken(idToken, providerKey, expectedNonce) {
  const { payload } = await jwtVerify(idToken, providerKey, {
    algorithms: ['RS256'], // what you registered with the provider; RS256 is OIDC's default
    issuer,
    audience: clientId, // an ID token is addressed to the client, not to an API
    requiredClaims: ['sub', 'iat', 'exp'],
    clockTolerance: 5,
  })
  // The nonce this login sent: an ID token from any other login carries another one
  if (payload.nonce !== expectedNonce) throw new Error('The ID token is not from this login')
  return payload
}
// #endregion verify-id-token

// #region at-hash
// at_hash: the left half of the access token's hash, with the hash of the ID token's alg
export async function atHashMatches(idTokenPayload, accessToken) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(accessToken))
  return idTokenPayload.at_hash === base64url.encode(new Uint8Array(digest).slice(0, 16))
}
// #endregion at-hash
