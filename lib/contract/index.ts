/**
 * @module What the demo server and its clients must agree on: cookies, algorithms, token type and
 * error codes. No `server-only` and no dependencies: lib/auth, lib/http and the demo page import it.
 */
export { API_ERRORS, API_ERROR_CODES, type ApiErrorCode } from './errors'
export {
  COOKIE_ATTRIBUTES,
  EXPIRED,
  PREVIOUS_REFRESH_COOKIE,
  PREVIOUS_REFRESH_COOKIE_MAX_AGE_S,
  REFRESH_COOKIE,
  setCookieLine,
  type CookieSpec,
} from './cookies'
export {
  ACCEPTED_TOKEN_ALGS,
  ACCESS_TOKEN_TYPE,
  LEGACY_ALG_NAMES,
  SIGNING_ALGS,
  signingAlgFor,
  type AcceptedTokenAlg,
  type LegacyAlgName,
  type SigningAlg,
} from './tokens'
