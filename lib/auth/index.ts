import 'server-only'

/** @module The demo auth server: what route handlers, the demo page and the CLI import. */
export { register, login, refresh, replayRefresh, logout, me, publicUser } from './service'
export type { PublicUser, Session, TokenResponse } from './service'
export { authFailure, type AuthFailure, type AuthResult } from './result'
export { RegisterBody, LoginBody } from './schemas'
export { DEMO_ACCOUNTS, type DemoAccount } from './demo-accounts'
export {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_TTL,
  ACCESS_TOKEN_TYPE,
  DEFAULT_SIGNING_ALG,
  PREVIOUS_REFRESH_COOKIE,
  REFRESH_COOKIE,
  RETIRED_KEY_GRACE_S,
  SIGNING_ALGS,
} from './config'
export { getAuthStore, prepareStore, seedDemoAccounts } from './store'
export {
  ensureSigningKeys,
  generateSigningKey,
  publicJwks,
  pruneRetiredKeys,
  rotateSigningKeys,
  type PublicJwk,
  type RotationResult,
} from './keys'
export {
  issueAccessToken,
  verifyAccessToken,
  type AccessTokenClaims,
  type AccessTokenCheck,
} from './access-token'
export { resetRateLimits } from './rate-limit'
export {
  checkPasswordStrength,
  MIN_PASSWORD_SCORE,
  type PasswordStrength,
} from './password-strength'
export { delayAfter, reserveLoginAttempt, clearLoginThrottle } from './login-throttle'
