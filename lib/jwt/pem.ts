/** @module pem — PEM armour, and the DER wrapping that turns PKCS#1 / SEC1 into SPKI / PKCS#8. */
import { decodeBase64url, encodeBase64url } from './base64url'
import { fail, type JwtFailure } from './errors'

/** A parsed PEM block. */
export interface PemBlock {
  ok: true
  /** The label between `BEGIN` and the dashes, e.g. `PUBLIC KEY`. */
  label: string
  der: Uint8Array
}

/**
 * Decodes standard, padded base64 (PEM bodies) with lib/jwt's one strict decoder; null when it is
 * not canonical base64.
 *
 * @example
 * decodeBase64('Zm8=') // => Uint8Array [102, 111]
 */
export function decodeBase64(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null
  const result = decodeBase64url(text.replace(/=+$/, '').replaceAll('+', '-').replaceAll('/', '_'))
  return result.ok ? result.bytes : null
}

/**
 * Encodes bytes as standard, padded base64 (PEM bodies).
 *
 * @example
 * encodeBase64(new Uint8Array([102, 111])) // => 'Zm8='
 */
export function encodeBase64(bytes: Uint8Array): string {
  const url = encodeBase64url(bytes).replaceAll('-', '+').replaceAll('_', '/')
  return url + '='.repeat((4 - (url.length % 4)) % 4)
}

/**
 * Reads the first PEM block in `text`. Base64 that starts like DER (`MII...`) but has no
 * `-----BEGIN` / `-----END` lines gets `ERR_PEM_NO_ARMOR`, a frequent copy-paste slip.
 *
 * @example
 * parsePem('-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA...\n-----END PUBLIC KEY-----')
 * // => { ok: true, label: 'PUBLIC KEY', der: Uint8Array [...] }
 */
export function parsePem(text: string): PemBlock | JwtFailure {
  const begin = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)
  if (!begin) {
    const bare = text.replace(/\s+/g, '')
    if (/^MI[A-Za-z0-9+/]{8,}={0,2}$/.test(bare)) return fail('ERR_PEM_NO_ARMOR')
    return fail('ERR_PEM_MALFORMED', { reason: 'begin' })
  }
  const label = begin[1]!
  const endMarker = `-----END ${label}-----`
  const endAt = text.indexOf(endMarker, begin.index)
  if (endAt === -1) return fail('ERR_PEM_MALFORMED', { reason: 'end', label })
  let body = text.slice(begin.index + begin[0].length, endAt)
  // RFC 1421 headers such as `Proc-Type:` mean an encrypted key, which we cannot read.
  if (/^\s*[A-Za-z-]+:/m.test(body))
    return fail('ERR_PEM_UNSUPPORTED', { label, reason: 'encrypted' })
  body = body.replace(/\s+/g, '')
  const der = decodeBase64(body)
  if (!der || der.length === 0) return fail('ERR_PEM_MALFORMED', { reason: 'base64', label })
  return { ok: true, label, der }
}

/**
 * Wraps DER in PEM armour with 64-character lines.
 *
 * @example
 * toPem('PUBLIC KEY', der) // => '-----BEGIN PUBLIC KEY-----\nMIIB...\n-----END PUBLIC KEY-----\n'
 */
export function toPem(label: string, der: Uint8Array): string {
  const lines = encodeBase64(der).match(/.{1,64}/g) ?? []
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`
}

function derLength(length: number): number[] {
  if (length < 0x80) return [length]
  const bytes: number[] = []
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 0xff)
  return [0x80 | bytes.length, ...bytes]
}

function der(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const length = parts.reduce((sum, p) => sum + p.length, 0)
  const head = [tag, ...derLength(length)]
  const out = new Uint8Array(head.length + length)
  out.set(head, 0)
  let at = head.length
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

const bytes = (...values: number[]) => new Uint8Array(values)
const RSA_ALGORITHM_ID = der(
  0x30,
  bytes(0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01),
  bytes(0x05, 0x00),
)
const EC_PUBLIC_KEY_OID = bytes(0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01)
const CURVE_OIDS: Array<[string, Uint8Array]> = [
  ['P-256', bytes(0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07)],
  ['P-384', bytes(0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x22)],
  ['P-521', bytes(0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x23)],
]
const ED25519_OID = bytes(0x06, 0x03, 0x2b, 0x65, 0x70)
const RSA_OID = RSA_ALGORITHM_ID.subarray(2, 13)
const RSA_PSS_OID = bytes(0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0a)

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer
    return true
  }
  return false
}

/**
 * Wraps a PKCS#1 `RSAPublicKey` in an SPKI `SubjectPublicKeyInfo`.
 *
 * @example
 * toPem('PUBLIC KEY', pkcs1PublicToSpki(parsedRsaPublicKey.der))
 */
export function pkcs1PublicToSpki(pkcs1: Uint8Array): Uint8Array {
  return der(0x30, RSA_ALGORITHM_ID, der(0x03, bytes(0x00), pkcs1))
}

/**
 * Wraps a PKCS#1 `RSAPrivateKey` in a PKCS#8 `PrivateKeyInfo`.
 *
 * @example
 * toPem('PRIVATE KEY', pkcs1PrivateToPkcs8(parsedRsaPrivateKey.der))
 */
export function pkcs1PrivateToPkcs8(pkcs1: Uint8Array): Uint8Array {
  return der(0x30, bytes(0x02, 0x01, 0x00), RSA_ALGORITHM_ID, der(0x04, pkcs1))
}

/**
 * Wraps a SEC1 `ECPrivateKey` (`BEGIN EC PRIVATE KEY`) in PKCS#8, reading the curve from
 * its parameters; null when the curve is not P-256/384/521.
 *
 * @example
 * sec1ToPkcs8(parsedEcPrivateKey.der) // => Uint8Array | null
 */
export function sec1ToPkcs8(sec1: Uint8Array): Uint8Array | null {
  const curve = CURVE_OIDS.find(([, oid]) => contains(sec1, oid))
  if (!curve) return null
  return der(0x30, bytes(0x02, 0x01, 0x00), der(0x30, EC_PUBLIC_KEY_OID, curve[1]), der(0x04, sec1))
}

/** What kind of key a DER structure holds, found from its algorithm OIDs. */
export type DerKeyKind = 'RSA' | 'RSA-PSS' | 'P-256' | 'P-384' | 'P-521' | 'Ed25519' | 'unknown'

/**
 * Finds the key type inside SPKI, PKCS#8 or an X.509 certificate from the OIDs it contains.
 *
 * @example
 * derKeyKind(spkiDer) // => 'P-256'
 */
export function derKeyKind(derBytes: Uint8Array): DerKeyKind {
  if (contains(derBytes, EC_PUBLIC_KEY_OID)) {
    const curve = CURVE_OIDS.find(([, oid]) => contains(derBytes, oid))
    return (curve?.[0] as DerKeyKind | undefined) ?? 'unknown'
  }
  if (contains(derBytes, ED25519_OID)) return 'Ed25519'
  if (contains(derBytes, RSA_OID)) return 'RSA'
  if (contains(derBytes, RSA_PSS_OID)) return 'RSA-PSS'
  return 'unknown'
}
