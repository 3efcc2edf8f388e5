/** @module lessons — the lesson that explains each warning or error the playground shows. */

import type { ErrorCode, WarningCode } from '@/lib/jwt/codes'
import { COURSE, type LessonSlug } from '@/lib/lessons/course'

/** The course's lesson slugs, in reading order (one list for the whole site). */
export const LESSON_SLUGS = COURSE
export type { LessonSlug }

// Keyed by lib/jwt's code lists, so a misspelt code fails to compile.
const BY_CODE: Partial<Record<ErrorCode | WarningCode, LessonSlug>> = {
  WARN_ALG_NONE: 'attacks',
  WARN_UNSECURED_TOKEN: 'attacks',
  WARN_HMAC_SECRET_SHORT: 'algorithms-and-keys',
  WARN_HMAC_SECRET_COMMON: 'signing-in-code',
  WARN_SECRET_LOOKS_LIKE_KEY: 'attacks',
  WARN_NO_EXP: 'expiry-and-refresh',
  WARN_LONG_LIFETIME: 'expiry-and-refresh',
  WARN_EXP_IN_MILLISECONDS: 'payload',
  WARN_SENSITIVE_CLAIM: 'payload',
  WARN_CARD_NUMBER: 'payload',
  WARN_HEADER_JKU: 'attacks',
  WARN_HEADER_X5U: 'attacks',
  WARN_HEADER_JWK: 'attacks',
  WARN_HEADER_CRIT: 'header',
  WARN_HEADER_B64: 'header',
  WARN_DUPLICATE_KEY: 'attacks',
  WARN_INVISIBLE_CHARACTER: 'attacks',
  WARN_BIDI_CONTROL: 'attacks',
  WARN_PARTIAL_TOKEN: 'what-is-a-jwt',
  WARN_JWE_ENCRYPTED: 'jws-vs-jwe',
  WARN_PAYLOAD_NOT_JSON: 'payload',
  WARN_PRIVATE_KEY_FOR_VERIFY: 'algorithms-and-keys',
  WARN_AUTHORIZATION_WITHOUT_BEARER: 'login-flow',
  ERR_SIGNATURE_INVALID: 'signature',
  ERR_ALG_NONE: 'attacks',
  ERR_ALG_NOT_ALLOWED: 'verifying',
  ERR_KEY_TYPE_MISMATCH: 'algorithms-and-keys',
  ERR_HMAC_KEY_TOO_SHORT: 'algorithms-and-keys',
  ERR_DUPLICATE_KEY: 'attacks',
  ERR_JWE_NOT_SUPPORTED: 'jws-vs-jwe',
  ERR_SEGMENT_BASE64: 'what-is-a-jwt',
  ERR_CLAIM_EXPIRED: 'expiry-and-refresh',
  ERR_PEM_NO_ARMOR: 'algorithms-and-keys',
}

/**
 * The lesson slug for a warning or error code, if one explains it.
 *
 * @example
 * lessonFor('WARN_NO_EXP') // => 'expiry-and-refresh'
 */
export function lessonFor(code: string): LessonSlug | undefined {
  return BY_CODE[code as ErrorCode | WarningCode]
}
