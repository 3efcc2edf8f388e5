/**
 * @module What the playground shows once it has hydrated: the server rendered the example, as it
 * cannot see this tab's storage, the link's fragment or what the reader typed while the page's
 * scripts were loading. Pure, so the order of who wins is tested on its own.
 */
import { typeInput } from './edit-state'
import { tokenFromHash } from './share'
import type { SavedState } from './storage'

/** What the reader typed into the playground's fields before hydration. */
export interface TypedEarly {
  input?: string | undefined
  secret?: string | undefined
}

/**
 * The state to install after hydration, or null to keep the example. The tab's session is the
 * base. A shared link's token replaces its input, unless this tab already opened that link.
 * What the reader typed while the page hydrated wins over both, as it is newer: a token typed
 * then passes the link over, and a secret typed then was typed as the example's (HS256, UTF-8).
 *
 * @example
 * restoreAfterHydration(defaults, defaults, '#token=eyJ…', {}) // => { saved: { input: 'eyJ…', … }, notice: 'restored' }
 * restoreAfterHydration(defaults, defaults, '', { input: 'Bearer eyJ…' }).saved.input // => 'Bearer eyJ…'
 */
export function restoreAfterHydration(
  defaults: SavedState,
  session: SavedState,
  hash: string,
  typed: TypedEarly,
): { saved: SavedState; notice?: 'restored' } | null {
  const linked = tokenFromHash(hash)
  let saved = session
  let notice: 'restored' | undefined
  if (typed.input !== undefined) {
    // The link was seen and passed over: a reload keeps the reader's text, not the link's.
    saved = {
      ...typeInput(session, typed.input),
      consumedHash: linked ? hash : session.consumedHash,
    }
  } else if (linked && hash !== session.consumedHash) {
    saved = {
      ...typeInput(session, linked),
      consumedHash: hash,
      // The example's secret must not be tried against someone else's token.
      ...(session === defaults && { secret: '' }),
    }
    notice = 'restored'
  }
  if (typed.secret !== undefined) {
    const hmac = saved.alg.startsWith('HS')
    saved = {
      ...saved,
      secret: typed.secret,
      secretEncoding: defaults.secretEncoding,
      ...(!hmac && { alg: defaults.alg }),
    }
  }
  if (saved === defaults) return null
  return notice ? { saved, notice } : { saved }
}
