/** @module codes — the one list of every error and warning code lib/jwt can return. */

/**
 * Every error code. Each one is a failed result (`{ ok: false, code }`), never a thrown
 * exception. The UI translates them under `Jwt.errors.<CODE>`; the names are stable.
 */
export const ERROR_CODES = [
  // Input and token finding
  'ERR_INPUT_EMPTY',
  'ERR_INPUT_TOO_LARGE',
  'ERR_NO_TOKEN_FOUND',
  'ERR_JSON_SERIALIZATION',
  // Token structure (decode)
  'ERR_SEGMENT_COUNT',
  'ERR_SEGMENT_EMPTY',
  'ERR_SEGMENT_BASE64',
  'ERR_SEGMENT_UTF8',
  'ERR_SEGMENT_JSON',
  'ERR_SEGMENT_NOT_OBJECT',
  'ERR_DUPLICATE_KEY',
  // Algorithm (verify, sign)
  'ERR_ALG_MISSING',
  'ERR_ALG_NONE',
  'ERR_ALG_NOT_ALLOWED',
  'ERR_ALG_UNSUPPORTED',
  'ERR_ALLOWLIST_EMPTY',
  'ERR_CRIT_UNSUPPORTED',
  'ERR_JWE_NOT_SUPPORTED',
  'ERR_PARTIAL_TOKEN',
  'ERR_SIGNATURE_MISSING',
  'ERR_SIGNATURE_INVALID',
  // Keys and secrets
  'ERR_KEY_MISSING',
  'ERR_KEY_FORMAT',
  'ERR_SECRET_ENCODING',
  'ERR_HMAC_KEY_EMPTY',
  'ERR_HMAC_KEY_TOO_SHORT',
  'ERR_PEM_NO_ARMOR',
  'ERR_PEM_MALFORMED',
  'ERR_PEM_UNSUPPORTED',
  'ERR_JWK_JSON',
  'ERR_JWK_INVALID',
  'ERR_JWKS_INVALID',
  'ERR_JWKS_NO_MATCH',
  'ERR_JWKS_MULTIPLE_MATCHES',
  'ERR_JWKS_MIXED',
  'ERR_KEY_TYPE_MISMATCH',
  'ERR_KEY_ALG_MISMATCH',
  'ERR_KEY_USE',
  'ERR_KEY_OPS',
  'ERR_KEY_TOO_SMALL',
  'ERR_KEY_RSA_EXPONENT',
  'ERR_KEY_ROCA',
  'ERR_KEY_PRIVATE_REQUIRED',
  // Claims (reported separately from the signature)
  'ERR_PAYLOAD_NOT_CLAIMS',
  'ERR_CLAIM_NOT_NUMERIC_DATE',
  'ERR_CLAIM_EXPIRED',
  'ERR_CLAIM_NOT_YET_VALID',
  'ERR_CLAIM_IAT_FUTURE',
  'ERR_CLAIM_MISSING',
  'ERR_CLAIM_INVALID_TYPE',
  'ERR_CLAIM_ISS_MISMATCH',
  'ERR_CLAIM_AUD_MISMATCH',
  'ERR_CLAIM_SUB_MISMATCH',
  'ERR_CLAIM_TYP_MISMATCH',
  // Signing and key tools
  'ERR_ALG_NONE_NOT_REQUESTED',
  'ERR_KEY_GENERATION',
  // Encrypted tokens (JWE: decrypt, encrypt)
  'ERR_JWE_NOT_JWE',
  'ERR_JWE_ALG_REFUSED',
  'ERR_JWE_ENC_MISSING',
  'ERR_JWE_ENC_UNSUPPORTED',
  'ERR_JWE_ZIP_UNSUPPORTED',
  'ERR_JWE_P2C_TOO_LARGE',
  'ERR_JWE_HEADER_INVALID',
  'ERR_JWE_EPK_OFF_CURVE',
  'ERR_JWE_PART_LENGTH',
  'ERR_JWE_KEY_TYPE',
  'ERR_JWE_KEY_SIZE',
  'ERR_JWE_DECRYPTION_FAILED',
  'ERR_JWE_INFLATE',
  'ERR_JWE_ENCRYPTION',
  'ERR_INTERNAL',
] as const

/** A stable error code. */
export type ErrorCode = (typeof ERROR_CODES)[number]

/**
 * Every warning code. Warnings never block a result; the UI shows them beside it and
 * translates them under `Jwt.warnings.<CODE>`.
 */
export const WARNING_CODES = [
  'WARN_ALG_NONE',
  'WARN_HMAC_SECRET_SHORT',
  'WARN_HMAC_SECRET_COMMON',
  'WARN_SECRET_LOOKS_LIKE_KEY',
  'WARN_NO_EXP',
  'WARN_LONG_LIFETIME',
  'WARN_EXP_IN_MILLISECONDS',
  'WARN_SENSITIVE_CLAIM',
  'WARN_CARD_NUMBER',
  'WARN_HEADER_JKU',
  'WARN_HEADER_X5U',
  'WARN_HEADER_JWK',
  'WARN_HEADER_CRIT',
  'WARN_HEADER_B64',
  'WARN_DUPLICATE_KEY',
  'WARN_INVISIBLE_CHARACTER',
  'WARN_BIDI_CONTROL',
  'WARN_PARTIAL_TOKEN',
  'WARN_JWE_ENCRYPTED',
  'WARN_PAYLOAD_NOT_JSON',
  'WARN_PRIVATE_KEY_FOR_VERIFY',
  'WARN_AUTHORIZATION_WITHOUT_BEARER',
  'WARN_UNSECURED_TOKEN',
] as const

/** A stable warning code. */
export type WarningCode = (typeof WARNING_CODES)[number]
