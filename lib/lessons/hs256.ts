/**
 * @module The little HS256 the lesson widgets need, on Web Crypto only (the same code runs in
 * Node at build time and in the browser), so a widget ships a few hundred bytes instead of a JOSE
 * library. The site's full JOSE logic lives in lib/jwt; the widgets only ever HMAC a fixed demo.
 */

const encoder = new TextEncoder()

/** @example base64urlEncode(new TextEncoder().encode('{"alg":"HS256"}')) // => 'eyJhbGciOiJIUzI1NiJ9' */
export function base64urlEncode(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

/** Lenient on purpose (widgets only decode their own demo tokens). */
export function base64urlDecode(text: string): Uint8Array {
  const base64 = text.replaceAll('-', '+').replaceAll('_', '/')
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

/** @example base64urlText('{"sub":"42"}') // => 'eyJzdWIiOiI0MiJ9' */
export function base64urlText(text: string): string {
  return base64urlEncode(encoder.encode(text))
}

/** Decodes a base64url segment to text; undefined when it is not valid UTF-8 base64url. */
export function decodeSegment(segment: string): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(base64urlDecode(segment))
  } catch {
    return undefined
  }
}

/** Pretty JSON of a segment, or its raw text when it is not JSON. */
export function prettySegment(segment: string): string {
  const text = decodeSegment(segment) ?? ''
  try {
    return JSON.stringify(JSON.parse(text), null, 2)
  } catch {
    return text
  }
}

// `new Uint8Array(...)`: under jsdom, TextEncoder returns jsdom's Uint8Array, which Web Crypto
// implementations may refuse; a copy made here is always this realm's.
async function hmacKey(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    'raw',
    new Uint8Array(encoder.encode(secret)),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    [usage],
  )
}

/** HMAC-SHA256 of `input` under `secret`: the raw 32 bytes. */
export async function hmacSha256(secret: string, input: string): Promise<Uint8Array> {
  const key = await hmacKey(secret, 'sign')
  return new Uint8Array(
    await crypto.subtle.sign('HMAC', key, new Uint8Array(encoder.encode(input))),
  )
}

/**
 * Signs an HS256 token from the exact header and payload texts given (no re-serialisation, so
 * the reader sees their own spacing reflected in the token).
 *
 * @example
 * await signHs256('{"alg":"HS256","typ":"JWT"}', '{"sub":"42"}', 'a-string-secret-at-least-256-bits-long')
 */
export async function signHs256(header: string, payload: string, secret: string): Promise<string> {
  const input = `${base64urlText(header)}.${base64urlText(payload)}`
  return `${input}.${base64urlEncode(await hmacSha256(secret, input))}`
}

/** True when `token` is a three-part JWS whose HS256 signature matches `secret`. */
export async function verifyHs256(token: string, secret: string): Promise<boolean> {
  const parts = token.split('.')
  if (parts.length !== 3) return false
  try {
    const key = await hmacKey(secret, 'verify')
    const signature = new Uint8Array(base64urlDecode(parts[2]!))
    const input = new Uint8Array(encoder.encode(`${parts[0]}.${parts[1]}`))
    return await crypto.subtle.verify('HMAC', key, signature, input)
  } catch {
    return false
  }
}

/** Lower-case hex of bytes, for showing the raw HMAC output. */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}
