/**
 * @module refresh-lock — one refresh at a time across every tab of this site. The tabs share
 * one refresh-token cookie; two refreshes sent at once would present the same token twice and
 * the server, strict about reuse, would revoke the session. A Web Lock (navigator.locks) makes
 * the second tab wait until the first has its answer, so it sends the rotated cookie instead.
 */

/** The lock's name: the same in every tab of the origin, and only for the refresh cookie. */
export const REFRESH_LOCK = 'jwt-playground:refresh-cookie'

/** The part of the Web Locks API used here (`navigator.locks`), so tests can pass their own. */
export interface Locks {
  request<T>(name: string, callback: (lock: unknown) => Promise<T>): Promise<T>
  request<T>(
    name: string,
    options: { ifAvailable: true },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T>
}

/**
 * Runs `send` holding the refresh lock. `waited` says whether another tab held it first;
 * `onWait` is called as soon as that is known, so the page can say it is waiting. Without Web
 * Locks (an insecure context, an old browser), `send` runs at once.
 *
 * @example
 * const { value, waited } = await withRefreshLock(() => fetch('/api/auth/refresh', { method: 'POST' }))
 */
export async function withRefreshLock<T>(
  send: () => Promise<T>,
  { onWait, locks = defaultLocks() }: { onWait?: () => void; locks?: Locks | null } = {},
): Promise<{ value: T; waited: boolean }> {
  if (!locks) return { value: await send(), waited: false }
  const atOnce = await locks.request(REFRESH_LOCK, { ifAvailable: true }, async (lock) =>
    lock ? { value: await send(), waited: false } : null,
  )
  if (atOnce) return atOnce
  onWait?.()
  return locks.request(REFRESH_LOCK, async () => ({ value: await send(), waited: true }))
}

function defaultLocks(): Locks | null {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null
}
