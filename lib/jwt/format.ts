/** @module format — showing tokens to people: shortening, and telling a token from other text. */

/**
 * True for strings that look like a compact JWS (three base64url parts), e.g. to decide whether
 * a logged value is a token.
 *
 * @example looksLikeJwt('eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln') // => true
 */
export function looksLikeJwt(value: string): boolean {
  return /^[\w-]{8,}\.[\w-]{8,}\.[\w-]*$/.test(value)
}

/**
 * Shortens a token for display, keeping both ends so two tokens can still be told apart.
 *
 * @example abbreviate('eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln…') // => 'eyJhbGciOiJF…c2lnbmF0'
 */
export function abbreviate(token: string, head = 12, tail = 8): string {
  return token.length <= head + tail + 1 ? token : `${token.slice(0, head)}…${token.slice(-tail)}`
}
