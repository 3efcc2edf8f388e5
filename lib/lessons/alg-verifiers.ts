/**
 * @module alg-verifiers — the header lesson's two verifiers, run in the reader's browser on Web
 * Crypto: a naive one that lets the token's `alg` choose how it is checked (never do this), and a
 * strict one with an allow-list and keys bound to their algorithm. Also the forger the reader
 * drives: it rebuilds the token for the header they choose, signing what an attacker can sign.
 */
import { normalizeTyp } from '@/lib/jwt/claims'
import { isNoneAlgorithm } from '@/lib/jwt/algorithms'
import { decodeBase64url } from '@/lib/jwt/base64url-decode'
import { encodeBase64url } from '@/lib/jwt/base64url-encode'
import { decodeToken } from '@/lib/jwt/decode'
import type { ErrorCode } from '@/lib/jwt/errors'
import { hmacSha256 } from '@/lib/jwt/hmac'
import { parsePem } from '@/lib/jwt/pem'

/** The algorithms the reader can put in the header. */
export const HEADER_ALGS = ['ES256', 'HS256', 'none'] as const
export type HeaderAlg = (typeof HEADER_ALGS)[number]

export interface HeaderChoice {
  alg: HeaderAlg
  /** Left out of the header when empty. */
  typ: string
  kid: string
}

/** A verifier's key: its name (`kid`), the one algorithm it is for, and the public key. */
export interface BoundKey {
  kid: string
  alg: 'ES256'
  publicKeyPem: string
}

export type NaiveVerdict = {
  ok: boolean
  /** How the header told it to check: skip (none), HMAC with the key text, or ECDSA. */
  how: 'none' | 'hmac' | 'ecdsa' | 'unknown' | 'unreadable'
  alg?: string
}

export type StrictVerdict =
  | { ok: true; kid: string }
  | {
      ok: false
      code: ErrorCode
      alg?: string
      kid?: string
      allowed?: string[]
      actual?: string
      expected?: string
    }

const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const
const ECDSA_SHA256 = { name: 'ECDSA', hash: 'SHA-256' } as const
const bytesOf = (text: string) => new Uint8Array(new TextEncoder().encode(text))

/** The header JSON for a choice, in a fixed key order so the same choice gives the same bytes. */
export function headerText({ alg, typ, kid }: HeaderChoice): string {
  return JSON.stringify({ alg, ...(typ && { typ }), ...(kid && { kid }) })
}

function spkiOf(pem: string): Uint8Array<ArrayBuffer> | undefined {
  const block = parsePem(pem)
  return block.ok ? new Uint8Array(block.der) : undefined
}

async function verifyEs256(pem: string, signature: Uint8Array, input: string): Promise<boolean> {
  const spki = spkiOf(pem)
  if (!spki || signature.length !== 64) return false
  const key = await crypto.subtle.importKey('spki', spki, ECDSA_P256, false, ['verify'])
  return crypto.subtle.verify(ECDSA_SHA256, key, new Uint8Array(signature), bytesOf(input))
}

/** Signs `header.payload` with ES256 (server side: only the server holds `privateKey`). */
export async function signEs256(header: string, payload: string, privateKey: CryptoKey) {
  const input = `${encodeBase64url(header)}.${encodeBase64url(payload)}`
  const signature = await crypto.subtle.sign(ECDSA_SHA256, privateKey, bytesOf(input))
  return `${input}.${encodeBase64url(new Uint8Array(signature))}`
}

/**
 * The token an attacker can send with the header they choose, starting from a token the server
 * signed: `none` drops the signature, `HS256` signs with the server's *public* key as the HMAC
 * secret (anyone can download it), and `ES256` keeps the server's signature, which only matches
 * while the header is the one it signed.
 */
export async function forgeToken(choice: HeaderChoice, signed: string, publicKeyPem: string) {
  const [, payload = '', signature = ''] = signed.split('.')
  const input = `${encodeBase64url(headerText(choice))}.${payload}`
  if (choice.alg === 'none') return `${input}.`
  if (choice.alg === 'HS256')
    return `${input}.${encodeBase64url(await hmacSha256(publicKeyPem, input))}`
  return `${input}.${signature}`
}

/**
 * NEVER DO THIS. The token's own header picks the check: `none` skips it, `HS256` makes the key
 * text an HMAC secret, `ES256` checks ECDSA. An attacker writes the header, so they pick.
 */
export async function naiveVerify(token: string, publicKeyPem: string): Promise<NaiveVerdict> {
  const decoded = decodeToken(token)
  if (!decoded.ok || decoded.kind !== 'jws') return { ok: false, how: 'unreadable' }
  const alg = decoded.alg
  const [header, payload, signature = ''] = token.split('.')
  if (alg === 'none') return { ok: true, how: 'none', alg }
  if (alg === 'HS256') {
    const mac = await hmacSha256(publicKeyPem, `${header}.${payload}`)
    return { ok: encodeBase64url(mac) === signature, how: 'hmac', alg }
  }
  if (alg === 'ES256') {
    const bytes = decodeBase64url(signature)
    const ok = bytes.ok && (await verifyEs256(publicKeyPem, bytes.bytes, `${header}.${payload}`))
    return { ok, how: 'ecdsa', alg }
  }
  return { ok: false, how: 'unknown', ...(alg !== undefined && { alg }) }
}

/**
 * The verifier decides: only the algorithms of its own keys are allowed, `kid` picks one of its
 * keys, and the signature is checked with that key's algorithm, never the header's.
 */
export async function strictVerify(
  token: string,
  keys: readonly BoundKey[],
  expectedTyp = 'JWT',
): Promise<StrictVerdict> {
  const decoded = decodeToken(token)
  if (!decoded.ok) return { ok: false, code: decoded.code }
  if (decoded.kind !== 'jws' || decoded.partial) return { ok: false, code: 'ERR_PARTIAL_TOKEN' }
  const { alg, typ, kid } = decoded.header
  const allowed = [...new Set(keys.map((key) => key.alg))]
  if (typeof alg !== 'string' || alg === '') return { ok: false, code: 'ERR_ALG_MISSING' }
  if (isNoneAlgorithm(alg)) return { ok: false, code: 'ERR_ALG_NONE', alg }
  if (!allowed.includes(alg as BoundKey['alg']))
    return { ok: false, code: 'ERR_ALG_NOT_ALLOWED', alg, allowed }
  if (
    typ !== undefined &&
    (typeof typ !== 'string' || normalizeTyp(typ) !== normalizeTyp(expectedTyp))
  )
    return { ok: false, code: 'ERR_CLAIM_TYP_MISMATCH', actual: String(typ), expected: expectedTyp }
  const key = keys.find((candidate) => candidate.kid === kid && candidate.alg === alg)
  if (!key) return { ok: false, code: 'ERR_JWKS_NO_MATCH', alg, kid: String(kid ?? '') }
  if (!decoded.signature?.length) return { ok: false, code: 'ERR_SIGNATURE_MISSING', alg }
  const valid = await verifyEs256(key.publicKeyPem, decoded.signature, decoded.signingInput!)
  return valid ? { ok: true, kid: key.kid } : { ok: false, code: 'ERR_SIGNATURE_INVALID' }
}
