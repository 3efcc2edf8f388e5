/**
 * @module share — links that carry a token in the URL fragment. The fragment (after `#`) is never
 * sent to a server, not even in a Referer; secrets and private keys are never put in the link.
 */

const TOKEN_PARAM = 'token'
// Characters a compact JWS/JWE can hold; anything else is refused rather than put in a URL.
const TOKEN_CHARS = /^[A-Za-z0-9_\-.]+$/

/**
 * A share link for `token` on the page at `pageUrl`: any query and fragment of the page are
 * dropped, the token goes in `#token=`. Returns null for text that is not token-shaped, so a
 * secret pasted in the wrong box can never end up in a link.
 *
 * @example
 * shareUrl('https://jwt.example/en/playground?x=1#old', 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln')
 * // => 'https://jwt.example/en/playground#token=eyJhbGciOiJIUzI1NiJ9.e30.c2ln'
 */
export function shareUrl(pageUrl: string, token: string): string | null {
  if (!TOKEN_CHARS.test(token) || !token.includes('.')) return null
  const url = new URL(pageUrl)
  url.search = ''
  url.hash = `${TOKEN_PARAM}=${token}`
  return url.toString()
}

/**
 * The token a link's fragment carries (`#token=...`), or null.
 *
 * @example
 * tokenFromHash('#token=eyJhbGciOiJIUzI1NiJ9.e30.c2ln') // => 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln'
 * tokenFromHash('#section') // => null
 */
export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const token = params.get(TOKEN_PARAM)?.trim()
  return token && TOKEN_CHARS.test(token) ? token : null
}
