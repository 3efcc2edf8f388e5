/**
 * @module The HTTP layer: the only code that reads a Request (body, cookies, headers, origin,
 * client address) and writes a Response (problem+json, cookies, challenges).
 */
export { API_ERRORS, API_ERROR_CODES, ApiError, type ApiErrorCode } from './errors'
export { problemJson, problemResponse, problemType, type ProblemBody } from './problem'
export { jsonResponse, handle } from './respond'
export { parseJson, readBodyBytes, readJsonBody, MAX_BODY_BYTES } from './body'
export { siteOrigin, requestOrigin, isHttps, readCookie, assertSameOrigin } from './request'
export { clientAddress, normalizeIp, rateLimitKey, trustedProxyHops } from './client-address'
export { readBearerToken, bearerError, bearerChallenge, MAX_AUTHORIZATION_BYTES } from './bearer'
export { routeMethods, notFoundRoute } from './methods'
export { clearedRefreshCookie, previousRefreshCookie, refreshCookie } from './cookies'
export {
  failureResponse,
  loginResponse,
  logoutResponse,
  meResponse,
  refreshResponse,
  registerResponse,
  replayResponse,
  sessionResponse,
} from './auth-responses'
export {
  API_ROUTES,
  API_ROUTE_PATTERNS,
  allowHeader,
  apiRouteMethods,
  isApiPath,
} from './api-routes'
