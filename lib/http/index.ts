/** @module Request parsing and response helpers shared by every route handler. */
export { API_ERRORS, API_ERROR_CODES, ApiError, type ApiErrorCode } from './errors'
export { problemResponse, problemType, type ProblemBody } from './problem'
export { jsonResponse, handle } from './respond'
export { parseJson, readBodyBytes, MAX_BODY_BYTES } from './body'
export { siteOrigin, isHttps, clientIp, readCookie, assertSameOrigin } from './request'
export { readBearerToken, bearerError, bearerChallenge, MAX_AUTHORIZATION_BYTES } from './bearer'
