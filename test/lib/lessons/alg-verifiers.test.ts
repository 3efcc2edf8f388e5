import { beforeAll, describe, expect, it } from 'vitest'
import { encodeBase64url } from '@/lib/jwt/base64url-encode'
import { toPem } from '@/lib/jwt/pem'
import {
  forgeToken,
  headerText,
  naiveVerify,
  signEs256,
  strictVerify,
  type BoundKey,
  type HeaderChoice,
} from '@/lib/lessons/alg-verifiers'

const ORIGINAL: HeaderChoice = { alg: 'ES256', typ: 'JWT', kid: 'server-key-1' }
const PAYLOAD = '{"sub":"42","admin":false}'

async function keyPair() {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ])
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey))
  return { privateKey: pair.privateKey, pem: toPem('PUBLIC KEY', spki) }
}

let pem: string
let signed: string
let keys: BoundKey[]
let otherSigned: string

beforeAll(async () => {
  const server = await keyPair()
  pem = server.pem
  signed = await signEs256(headerText(ORIGINAL), PAYLOAD, server.privateKey)
  keys = [{ kid: 'server-key-1', alg: 'ES256', publicKeyPem: pem }]
  otherSigned = await signEs256(headerText(ORIGINAL), PAYLOAD, (await keyPair()).privateKey)
})

describe('the server-signed token', () => {
  it('is rebuilt byte for byte by the forger when the header is unchanged', async () => {
    expect(await forgeToken(ORIGINAL, signed, pem)).toBe(signed)
  })

  it('is accepted by both verifiers', async () => {
    expect(await naiveVerify(signed, pem)).toEqual({ ok: true, how: 'ecdsa', alg: 'ES256' })
    expect(await strictVerify(signed, keys)).toEqual({ ok: true, kid: 'server-key-1' })
  })

  it('signed by another key is refused by both', async () => {
    expect((await naiveVerify(otherSigned, pem)).ok).toBe(false)
    expect(await strictVerify(otherSigned, keys)).toMatchObject({ code: 'ERR_SIGNATURE_INVALID' })
  })
})

describe('what the reader can change in the header', () => {
  it('alg none: the naive verifier skips the check, the strict one refuses none', async () => {
    const token = await forgeToken({ ...ORIGINAL, alg: 'none' }, signed, pem)
    expect(token.endsWith('.')).toBe(true)
    expect(await naiveVerify(token, pem)).toEqual({ ok: true, how: 'none', alg: 'none' })
    expect(await strictVerify(token, keys)).toMatchObject({ ok: false, code: 'ERR_ALG_NONE' })
  })

  it('alg HS256 signed with the public key: the naive verifier accepts, the strict one refuses the alg', async () => {
    const token = await forgeToken({ ...ORIGINAL, alg: 'HS256' }, signed, pem)
    expect(await naiveVerify(token, pem)).toEqual({ ok: true, how: 'hmac', alg: 'HS256' })
    expect(await strictVerify(token, keys)).toMatchObject({
      ok: false,
      code: 'ERR_ALG_NOT_ALLOWED',
      alg: 'HS256',
      allowed: ['ES256'],
    })
  })

  it('the naive verifier really checks the HMAC: another secret does not pass', async () => {
    const token = await forgeToken({ ...ORIGINAL, alg: 'HS256' }, signed, `${pem} `)
    expect(await naiveVerify(token, pem)).toMatchObject({ ok: false, how: 'hmac' })
  })

  it('an unknown kid: the strict verifier has no such key; the signature no longer matches anyway', async () => {
    const token = await forgeToken({ ...ORIGINAL, kid: '../../dev/null' }, signed, pem)
    expect((await naiveVerify(token, pem)).ok).toBe(false)
    expect(await strictVerify(token, keys)).toMatchObject({
      code: 'ERR_JWKS_NO_MATCH',
      kid: '../../dev/null',
    })
  })

  it('another typ: the strict verifier refuses it before it looks at keys', async () => {
    const token = await forgeToken({ ...ORIGINAL, typ: 'at+jwt' }, signed, pem)
    expect(await strictVerify(token, keys)).toMatchObject({
      code: 'ERR_CLAIM_TYP_MISMATCH',
      actual: 'at+jwt',
      expected: 'JWT',
    })
  })

  it.each(['jwt', 'application/jwt', 'Application/JWT'])(
    'typ %s is the same media type as JWT (RFC 7515 §4.1.9): the strict verifier goes on to the signature',
    async (typ) => {
      const token = await forgeToken({ ...ORIGINAL, typ }, signed, pem)
      const verdict = await strictVerify(token, keys)
      expect(verdict).toMatchObject({ ok: false, code: 'ERR_SIGNATURE_INVALID' })
    },
  )

  it('no typ at all is fine for the strict verifier, but the header changed, so the signature fails', async () => {
    const token = await forgeToken({ ...ORIGINAL, typ: '' }, signed, pem)
    expect(await strictVerify(token, keys)).toMatchObject({ code: 'ERR_SIGNATURE_INVALID' })
    expect((await naiveVerify(token, pem)).ok).toBe(false)
  })

  it('a changed payload under the original header fails the strict signature check', async () => {
    const [header, , signature] = signed.split('.')
    const token = `${header}.${encodeBase64url('{"sub":"42","admin":true}')}.${signature}`
    expect(await strictVerify(token, keys)).toMatchObject({ code: 'ERR_SIGNATURE_INVALID' })
  })

  it.each([
    ['not a token', 'no+pe', 'ERR_SEGMENT_BASE64'],
    ['two parts', 'eyJhbGciOiJFUzI1NiJ9.e30', 'ERR_PARTIAL_TOKEN'],
    ['no alg', `${encodeBase64url('{"typ":"JWT"}')}.e30.c2ln`, 'ERR_ALG_MISSING'],
  ])('%s: the strict verifier names the fault', async (_, token, code) => {
    expect(await strictVerify(token, keys)).toMatchObject({ ok: false, code })
  })
})
