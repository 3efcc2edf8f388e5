// #region tokens
import crypto from 'node:crypto'

// 256 random bits, base64url: nothing to decode, nothing to forge
export function newRefreshToken() {
  return crypto.randomBytes(32).toString('base64url')
}

// The database keeps this, never the token itself
export function hashToken(token) {
  return crypto.createHash('sha256').update(token).digest('base64url')
}
// #endregion tokens
