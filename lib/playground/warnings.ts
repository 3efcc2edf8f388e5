/**
 * @module warnings — the teaching warnings shown under the playground, gathered from every stage
 * (finding, decoding, verifying, signing) and listed once each.
 */
import type { DecodeResult, FindResult, JwtWarning, VerifyResult } from '@/lib/jwt/crypto'

/** Keeps the first of warnings that say the same thing about the same place. */
export function dedupeWarnings(warnings: JwtWarning[]): JwtWarning[] {
  const seen = new Set<string>()
  return warnings.filter((w) => {
    const key = `${w.code}|${w.segment ?? ''}|${w.path ?? ''}|${w.claim ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export interface WarningSources {
  found: FindResult
  decoded: DecodeResult | undefined
  verified: VerifyResult | undefined
  signWarnings: readonly JwtWarning[]
  editing: boolean
  hmac: boolean
  hasPublicKey: boolean
}

/**
 * Every warning that applies now. In edit mode the finder's warnings are about the pasted text,
 * which is no longer what is shown, so they are left out.
 *
 * @example
 * playgroundWarnings({ found, decoded, verified: undefined, signWarnings: [], editing: false,
 *   hmac: true, hasPublicKey: false }).map((w) => w.code) // => ['WARN_NO_EXP', ...]
 */
export function playgroundWarnings(sources: WarningSources): JwtWarning[] {
  const { found, decoded, verified, signWarnings, editing, hmac, hasPublicKey } = sources
  const list: JwtWarning[] = []
  if (found.ok && !editing) list.push(...found.warnings)
  if (decoded) list.push(...decoded.warnings)
  if (verified) list.push(...verified.warnings)
  list.push(...signWarnings)
  // Signing here with a freshly made key pair, verifying with its private half is expected.
  const signingWithPrivate = editing && !hmac && !hasPublicKey
  return dedupeWarnings(
    list.filter((w) => !(signingWithPrivate && w.code === 'WARN_PRIVATE_KEY_FOR_VERIFY')),
  )
}
