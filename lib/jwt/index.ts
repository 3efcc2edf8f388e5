/**
 * @module jwt — the pure, jose-free JWT core: base64url, find, decode (with byte ranges), tamper,
 * JSON scanning, claims, warnings, formatting. Any client leaf may import it for a few hundred
 * bytes. Verify, sign, keys and key generation run on jose and live in `@/lib/jwt/crypto`, which
 * first-load code only ever loads lazily (ESLint and test/budgets/jose-first-load.test.ts check).
 */
export * from './codes'
export * from './errors'
export * from './limits'
export * from './algorithms'
export { decodeBase64url, encodeBase64url } from './base64url'
export { toHex, fromHex } from './hex'
export { decodeBase64, encodeBase64 } from './pem'
export type { Base64urlResult, Base64urlReason } from './base64url'
export { parseJson, isJsonObject } from './json'
export type { JsonObject, DuplicateKey } from './json'
export { scanJson, memberAt, setStringMember, lineColumn } from './json-scan'
export type { JsonScan, JsonMember, JsonSyntaxReason } from './json-scan'
export { decodeSegmentText, prettySegment, peekJws } from './segment'
export { tamperPayload, nextCharacter } from './tamper'
export type { Tampering } from './tamper'
export { hmacSha256, signHs256, verifyHs256 } from './hmac'
export { abbreviate, looksLikeJwt } from './format'
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
export {
  JWE_ALGORITHMS,
  JWE_ENCRYPTIONS,
  REFUSED_JWE_ALGORITHMS,
  ECDH_CURVES,
  MAX_PBES2_COUNT,
  DEFAULT_PBES2_COUNT,
  MAX_INFLATED_BYTES,
  isJweAlgorithm,
  isJweEncryption,
  isRefusedJweAlgorithm,
  jweKeyKind,
  cekBytes,
  ivBytes,
  tagBytes,
  secretBytesFor,
  encryptedKeyBytes,
} from './jwe-algorithms'
export type { JweAlgorithm, JweEncryption, EcdhCurve, JweKeyKind } from './jwe-algorithms'
export { checkJweStructure } from './jwe-structure'
export type { CheckedJweHeader } from './jwe-structure'
export { checkEpk } from './epk'
export { checkClaims } from './claims'
export type { ClaimsReport, ClaimCheck, ClaimCheckOptions, ExpectedClaims } from './claims'
export { explainClaims, tokenState, KNOWN_CLAIMS } from './explain'
export { SECRET_ENCODINGS, PUBLIC_FORMATS, TIME_CLAIMS, isTimeClaim } from './vocabulary'
export type { SecretEncoding, PublicFormat, KeyKind, TimeClaim } from './vocabulary'
export type { ClaimExplanation, ClaimTime, KnownClaimId, TokenState } from './explain'
export { tokenWarnings, secretWarnings, COMMON_SECRETS, LONG_LIFETIME_SECONDS } from './warnings'
export { relativeTime, isoDate, toNumericDate } from './time'
export type { Instant, RelativeTime } from './time'
