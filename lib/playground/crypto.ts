/**
 * @module crypto — lib/jwt's jose-backed half (verify, sign, keys, key generation) and the
 * playground's tasks on it (crypto-tasks.ts), loaded on demand. The page's first load only carries the pure, jose-free parts (find, decode, claims),
 * so jose (~30 KB gzip) arrives after first paint, once, and is shared by every call.
 */
let pending: Promise<typeof import('./crypto-tasks')> | undefined

export function loadJwt(): Promise<typeof import('./crypto-tasks')> {
  pending ??= import('./crypto-tasks').catch((error: unknown) => {
    pending = undefined
    throw error
  })
  return pending
}
