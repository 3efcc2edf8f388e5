/**
 * @module crypto — `@/lib/jwt/crypto` (verify, sign, keys, key generation), loaded on
 * demand. The page's first load only carries the pure, jose-free parts (find, decode, claims),
 * so jose (~30 KB gzip) arrives after first paint, once, and is shared by every call.
 */
let pending: Promise<typeof import('@/lib/jwt/crypto')> | undefined

export function loadJwt(): Promise<typeof import('@/lib/jwt/crypto')> {
  pending ??= import('@/lib/jwt/crypto').catch((error: unknown) => {
    pending = undefined
    throw error
  })
  return pending
}
