/** @module jwt — the framework-free JWT core: find, decode, verify, sign, keys, claims, warnings. */
export * from './codes'
export * from './errors'
export * from './limits'
export * from './algorithms'
export { decodeBase64url, encodeBase64url, toHex, fromHex } from './base64url'
export type { Base64urlResult, Base64urlReason } from './base64url'
export { parseJson, isJsonObject } from './json'
export type { JsonObject, DuplicateKey } from './json'
export { findTokens } from './find'
export type { FindResult, FoundToken, TokenSource } from './find'
export { decodeToken } from './decode'
export type {
  DecodeResult,
  DecodedJws,
  DecodedJwe,
  DecodeFailure,
  DecodeOptions,
  PayloadView,
  SegmentRange,
} from './decode'
export { verifyToken } from './verify'
export type {
  VerifyOptions,
  VerifyResult,
  VerifySuccess,
  VerifyFailure,
  VerifyStage,
} from './verify'
export { checkClaims } from './claims'
export type { ClaimsReport, ClaimCheck, ClaimCheckOptions, ExpectedClaims } from './claims'
export { signToken } from './sign'
export type { SignOptions, SignResult, SignSuccess } from './sign'
export { detectKeyKind, secretBytes, resolveVerificationKey, resolveSigningKey } from './keys'
export type { KeyInput, KeyKind, SecretEncoding, HmacKeyPolicy, ResolvedKey } from './keys'
export { jwkToPem, pemToJwk } from './convert'
export {
  publicJwkFromPrivate,
  isPrivateJwk,
  jwkThumbprint,
  buildJwks,
  checkJwkForAlgorithm,
} from './jwk'
export { generateKeyPairFor, generateHmacSecret } from './keygen'
export type { GeneratedKeyPair, GeneratedSecret } from './keygen'
export { explainClaims, tokenState, KNOWN_CLAIMS, TIME_CLAIMS } from './explain'
export type { ClaimExplanation, ClaimTime, KnownClaimId, TokenState } from './explain'
export { tokenWarnings, secretWarnings, COMMON_SECRETS, LONG_LIFETIME_SECONDS } from './warnings'
export { relativeTime, isoDate, toNumericDate } from './time'
export type { Instant, RelativeTime } from './time'
