import { describe, expect, it } from 'vitest'
import { decodeBase64url, encodeBase64url } from '@/lib/jwt/base64url'
import {
  ZERO_ES256_SIGNATURE,
  draftFromToken,
  isInstanceGone,
  labOutcome,
  setHeaderMembers,
  tokenWithSignature,
} from '@/lib/labs-ui/workbench'

const header = '{"alg":"HS256","typ":"JWT"}'
const payload = '{"sub":"wiener","role":"user"}'
const token = `${encodeBase64url(header)}.${encodeBase64url(payload)}.c2lnbmF0dXJl`

describe('draftFromToken', () => {
  it('splits a token into pretty header and payload texts and keeps its signature', () => {
    const draft = draftFromToken(token)
    expect(JSON.parse(draft.headerText)).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(draft.headerText).toContain('\n  "alg"')
    expect(JSON.parse(draft.payloadText)).toEqual({ sub: 'wiener', role: 'user' })
    expect(draft.signature).toBe('c2lnbmF0dXJl')
  })
})

describe('setHeaderMembers', () => {
  it('sets new members after the existing ones and replaces existing ones in place', () => {
    const result = setHeaderMembers('{"alg":"RS256","kid":"old"}', { kid: 'new', jku: 'https://x' })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(Object.entries(JSON.parse(result.text))).toEqual([
      ['alg', 'RS256'],
      ['kid', 'new'],
      ['jku', 'https://x'],
    ])
  })

  it('removes a member given as undefined', () => {
    const result = setHeaderMembers('{"alg":"RS256","jwk":{}}', { jwk: undefined })
    expect(result.ok && JSON.parse(result.text)).toEqual({ alg: 'RS256' })
  })

  it.each([
    ['{"alg":', 'ERR_SEGMENT_JSON'],
    ['[1,2]', 'ERR_SEGMENT_NOT_OBJECT'],
    ['', 'ERR_SEGMENT_JSON'],
  ])('refuses a header that is not a JSON object (%s) with %s', (text, code) => {
    const result = setHeaderMembers(text, { kid: 'x' })
    expect(result).toMatchObject({ ok: false, code, segment: 'header' })
  })
})

describe('tokenWithSignature', () => {
  it('encodes the texts byte for byte as typed and appends the given signature', () => {
    const typed = { headerText: '{ "alg": "none" }', payloadText: '{"role":"admin"}' }
    const result = tokenWithSignature(typed, '')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const [h, p, s] = result.token.split('.')
    expect(new TextDecoder().decode((decodeBase64url(h!) as { bytes: Uint8Array }).bytes)).toBe(
      typed.headerText,
    )
    expect(new TextDecoder().decode((decodeBase64url(p!) as { bytes: Uint8Array }).bytes)).toBe(
      typed.payloadText,
    )
    expect(s).toBe('')
  })

  it('names the segment that is not JSON', () => {
    expect(tokenWithSignature({ headerText: '{}', payloadText: '{"role":' }, 'x')).toMatchObject({
      ok: false,
      code: 'ERR_SEGMENT_JSON',
      segment: 'payload',
    })
  })
})

describe('ZERO_ES256_SIGNATURE', () => {
  it('is 64 zero bytes: r = 0 and s = 0', () => {
    const decoded = decodeBase64url(ZERO_ES256_SIGNATURE)
    expect(decoded.ok && [...decoded.bytes]).toEqual(new Array(64).fill(0))
  })
})

describe('labOutcome', () => {
  it.each([
    [
      200,
      { solved: true, lab: 'alg-none', flag: 'FLAG{x}' },
      null,
      { kind: 'solved', flag: 'FLAG{x}' },
    ],
    [
      401,
      { code: 'LAB_SIGNATURE_INVALID' },
      null,
      { kind: 'refused', code: 'LAB_SIGNATURE_INVALID' },
    ],
    [403, { code: 'LAB_NOT_ADMIN' }, null, { kind: 'notAdmin', code: 'LAB_NOT_ADMIN' }],
    [
      401,
      { code: 'LAB_INSTANCE_EXPIRED' },
      null,
      { kind: 'expired', code: 'LAB_INSTANCE_EXPIRED' },
    ],
    [
      401,
      { code: 'LAB_INSTANCE_UNKNOWN' },
      null,
      { kind: 'expired', code: 'LAB_INSTANCE_UNKNOWN' },
    ],
    [429, { code: 'LAB_RATE_LIMITED' }, '12', { kind: 'rateLimited', retryAfter: 12 }],
    [429, {}, null, { kind: 'rateLimited' }],
    [
      431,
      { code: 'LAB_TOKEN_TOO_LARGE' },
      null,
      { kind: 'badRequest', code: 'LAB_TOKEN_TOO_LARGE' },
    ],
    [500, 'oops', null, { kind: 'unexpected', status: 500 }],
    [200, { solved: false }, null, { kind: 'unexpected', status: 200 }],
  ])('reads %i %j as the right outcome', (status, body, retryAfter, expected) => {
    expect(labOutcome(status, body, retryAfter)).toEqual(expected)
  })

  it('treats only instance codes as "start again"', () => {
    expect(isInstanceGone('LAB_SIGNATURE_INVALID')).toBe(false)
    expect(isInstanceGone(undefined)).toBe(false)
  })
})
