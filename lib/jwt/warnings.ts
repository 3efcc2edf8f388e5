/** @module warnings — findings that do not block a result but a learner must see. */
import { algorithmInfo, isNoneAlgorithm } from './algorithms'
import type { JwtWarning } from './errors'
import { isJsonObject, type JsonObject } from './json'
import { findSuspiciousCharacters } from './unicode'
import { isTimeClaim } from './vocabulary'

/** Tokens that live longer than this (exp − iat, in seconds) get `WARN_LONG_LIFETIME`. */
export const LONG_LIFETIME_SECONDS = 24 * 60 * 60

/**
 * Secrets seen in tutorials, leaked configs and wordlists such as jwt-secrets; a token
 * signed with one of them can be forged by anyone.
 */
export const COMMON_SECRETS: readonly string[] = [
  'secret',
  'secret_key',
  'secretkey',
  'secret-key',
  'supersecret',
  'supersecret123',
  'super-secret',
  'super_secret',
  'mysecret',
  'my_secret',
  'my-secret',
  'mysecretkey',
  'your-256-bit-secret',
  'your-384-bit-secret',
  'your-512-bit-secret',
  'jwt_secret',
  'jwtsecret',
  'jwt-secret',
  'changeme',
  'change_me',
  'password',
  'password123',
  '123456',
  'qwerty',
  'key',
  'private',
  'test',
  'shhhhh',
  'keyboard cat',
  'default',
  'admin',
]

const SENSITIVE_NAMES =
  /^(password|passwd|pwd|pass|passphrase|secret|client_secret|api_?key|private_?key|ssn|credit_?card|card_?number|cvv|cvc|pin)$/i
const CARD_LIKE = /(?:^|[^\d])((?:\d[ -]?){12,18}\d)(?:$|[^\d])/

function luhn(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

function looksLikeCardNumber(value: unknown): boolean {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : ''
  const match = CARD_LIKE.exec(text)
  if (!match) return false
  const digits = match[1]!.replace(/[ -]/g, '')
  // A 13-digit number is almost always a millisecond timestamp (one in ten passes Luhn), so a
  // bare number must have the 15-19 digits of the common card lengths to count.
  const min = typeof value === 'number' ? 15 : 13
  return digits.length >= min && digits.length <= 19 && luhn(digits)
}

function walkClaims(value: unknown, path: string, out: JwtWarning[], depth: number): void {
  if (depth === 1 && isTimeClaim(path.slice(path.lastIndexOf('.') + 1))) return
  if (depth > 32 || out.length > 50) return
  if (Array.isArray(value)) {
    value.forEach((item, i) => walkClaims(item, `${path}.${i}`, out, depth + 1))
    return
  }
  if (!isJsonObject(value)) {
    if (looksLikeCardNumber(value)) out.push({ code: 'WARN_CARD_NUMBER', segment: 'payload', path })
    return
  }
  for (const [key, item] of Object.entries(value)) {
    const itemPath = `${path}.${key}`
    if (SENSITIVE_NAMES.test(key))
      out.push({ code: 'WARN_SENSITIVE_CLAIM', segment: 'payload', claim: key, path: itemPath })
    walkClaims(item, itemPath, out, depth + 1)
  }
}

/**
 * Warnings a token carries by itself: `alg: none`, dangerous header parameters (`jku`,
 * `x5u`, `jwk`, `crit`, `b64`), no `exp`, a lifetime over 24 h, `exp` in milliseconds,
 * claims that look like credentials or card numbers, invisible and bidi characters.
 *
 * @example
 * tokenWarnings({ alg: 'none' }, { sub: '1' }).map((w) => w.code)
 * // => ['WARN_ALG_NONE', 'WARN_NO_EXP']
 */
export function tokenWarnings(header: JsonObject, claims: JsonObject | undefined): JwtWarning[] {
  const out: JwtWarning[] = []
  if (isNoneAlgorithm(header.alg))
    out.push({ code: 'WARN_ALG_NONE', segment: 'header', alg: String(header.alg) })
  if ('jku' in header) out.push({ code: 'WARN_HEADER_JKU', segment: 'header', claim: 'jku' })
  if ('x5u' in header) out.push({ code: 'WARN_HEADER_X5U', segment: 'header', claim: 'x5u' })
  if ('jwk' in header) out.push({ code: 'WARN_HEADER_JWK', segment: 'header', claim: 'jwk' })
  if ('crit' in header) out.push({ code: 'WARN_HEADER_CRIT', segment: 'header', claim: 'crit' })
  if ('b64' in header) out.push({ code: 'WARN_HEADER_B64', segment: 'header', claim: 'b64' })
  for (const c of findSuspiciousCharacters(header, 'header'))
    out.push({
      code: c.kind === 'bidi' ? 'WARN_BIDI_CONTROL' : 'WARN_INVISIBLE_CHARACTER',
      segment: 'header',
      path: c.path,
      char: c.codePoint,
    })
  if (!claims) return out
  if (!('exp' in claims)) out.push({ code: 'WARN_NO_EXP', segment: 'payload', claim: 'exp' })
  const { exp, iat, nbf } = claims
  if (typeof exp === 'number' && Number.isFinite(exp)) {
    if (exp > 1e11) out.push({ code: 'WARN_EXP_IN_MILLISECONDS', segment: 'payload', claim: 'exp' })
    const start = typeof iat === 'number' ? iat : typeof nbf === 'number' ? nbf : undefined
    if (start !== undefined && Number.isFinite(start) && exp - start > LONG_LIFETIME_SECONDS)
      out.push({
        code: 'WARN_LONG_LIFETIME',
        segment: 'payload',
        claim: 'exp',
        seconds: exp - start,
        limit: LONG_LIFETIME_SECONDS,
      })
  }
  walkClaims(claims, 'payload', out, 0)
  for (const c of findSuspiciousCharacters(claims, 'payload'))
    out.push({
      code: c.kind === 'bidi' ? 'WARN_BIDI_CONTROL' : 'WARN_INVISIBLE_CHARACTER',
      segment: 'payload',
      path: c.path,
      char: c.codePoint,
    })
  return out
}

const KEY_MATERIAL =
  /-----BEGIN [A-Z0-9 ]+-----|"kty"\s*:|^\s*MII[A-Za-z0-9+/]{20,}|ssh-(rsa|ed25519) /

/**
 * Warnings about an HMAC secret: shorter than the hash output (RFC 7518 §3.2), on the list
 * of common secrets, or a PEM / JWK pasted where a secret belongs, which is the RS256→HS256
 * algorithm-confusion trap.
 *
 * @example
 * secretWarnings('secret', new TextEncoder().encode('secret'), 'HS256').map((w) => w.code)
 * // => ['WARN_HMAC_SECRET_SHORT', 'WARN_HMAC_SECRET_COMMON']
 */
export function secretWarnings(text: string, bytes: Uint8Array, alg: string): JwtWarning[] {
  const out: JwtWarning[] = []
  const info = algorithmInfo(alg)
  if (info?.family === 'HMAC' && bytes.length < info.hashBytes)
    out.push({ code: 'WARN_HMAC_SECRET_SHORT', alg, size: bytes.length, limit: info.hashBytes })
  if (COMMON_SECRETS.includes(text.trim().toLowerCase()))
    out.push({ code: 'WARN_HMAC_SECRET_COMMON', alg })
  if (KEY_MATERIAL.test(text)) out.push({ code: 'WARN_SECRET_LOOKS_LIKE_KEY', alg })
  return out
}
