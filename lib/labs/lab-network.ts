/**
 * @module The jku lab's stand-in for `fetch(jku)`: the vulnerable server "fetches" whatever URL the
 * header names, but this process never makes an outbound request. Two kinds of URL resolve, both
 * from memory: the exploit server's entries and the instance's own jwks.json. Anything else is
 * refused with LAB_JKU_UNREACHABLE, as a request into a sandbox with no network would fail.
 */
import type { JWK } from 'jose'
import type { LabRefusal } from './codes'
import { publishedJwks } from './exploit-server'
import { refuse } from './verdict'

const EXPLOIT_PATH = /^\/api\/labs\/exploit-server\/([^/]+)$/

/**
 * The key set at `url`, as seen from a server at `origin` whose own set is `own`.
 *
 * @example await fetchJwks('http://localhost:3000/api/labs/exploit-server/my-keys', own, 'http://localhost:3000')
 */
export async function fetchJwks(
  url: string,
  own: { url: string; keys: JWK[] },
  origin: string,
): Promise<{ ok: true; keys: JWK[] } | LabRefusal> {
  if (url === own.url) return { ok: true, keys: own.keys }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return refuse('LAB_JKU_UNREACHABLE', 'The jku is not an absolute URL.')
  }
  const exploit = EXPLOIT_PATH.exec(parsed.pathname)
  if (parsed.origin !== origin || !exploit || parsed.search || parsed.hash) {
    return refuse(
      'LAB_JKU_UNREACHABLE',
      `The lab has no network: only ${origin}/api/labs/exploit-server/<id> URLs resolve.`,
    )
  }
  let id: string
  try {
    id = decodeURIComponent(exploit[1]!)
  } catch {
    return refuse('LAB_JKU_UNREACHABLE', 'The exploit-server id in the jku is not valid.')
  }
  const published = publishedJwks(id)
  if (!published.ok) return refuse('LAB_JKU_UNREACHABLE', published.detail)
  return { ok: true, keys: published.jwks.keys }
}
