import { describe, expect, it } from 'vitest'
import {
  decodeBase64,
  decodeBase64url,
  encodeBase64,
  encodeBase64url,
  fromHex,
  toHex,
} from '@/lib/jwt'

describe('base64url', () => {
  it('round-trips every length from 0 to 64 bytes', () => {
    for (let n = 0; n <= 64; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff)
      const text = encodeBase64url(bytes)
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/)
      expect(text).toBe(Buffer.from(bytes).toString('base64url'))
      const back = decodeBase64url(text)
      expect(back.ok && Array.from(back.bytes)).toEqual(Array.from(bytes))
    }
  })

  it.each([
    ['Zg==', 'padding', 2],
    ['Zm9v+A', 'character', 4],
    ['Zm9v/A', 'character', 4],
    ['Zm 9v', 'whitespace', 2],
    ['Zm9v\n', 'whitespace', 4],
    ['Zm9vY', 'length', 5],
    ['Zh', 'unusedBits', 1],
    ['Zm9', 'unusedBits', 2],
    ['Zm9v!', 'character', 4],
    ['Zm9vé', 'character', 4],
  ])('rejects %j: %s at %i', (text, reason, at) => {
    expect(decodeBase64url(text)).toMatchObject({ ok: false, reason, at })
  })

  it('hints at standard base64 for + / and =', () => {
    for (const text of ['a+bc', 'a/bc', 'ab=='])
      expect(decodeBase64url(text)).toMatchObject({ hint: 'base64' })
    expect(decodeBase64url('a?bc')).not.toHaveProperty('hint')
  })

  it('formats and reads hex', () => {
    expect(toHex(new Uint8Array([0, 15, 255]))).toBe('00 0f ff')
    expect(toHex(new Uint8Array([1, 2, 3]), 2)).toBe('01 02 …')
    expect(Array.from(fromHex('00:0f FF')!)).toEqual([0, 15, 255])
    expect(fromHex('abc')).toBeNull()
    expect(fromHex('zz')).toBeNull()
  })
})

describe('standard base64 (PEM bodies)', () => {
  it('round-trips every length through padded base64', () => {
    for (let n = 0; n < 8; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 251) & 0xff)
      const text = encodeBase64(bytes)
      expect(text).toBe(Buffer.from(bytes).toString('base64'))
      expect(decodeBase64(text)).toEqual(bytes)
    }
  })

  it.each(['Zm8', 'Zm8=x', 'Zm-_', 'Zm9v\n', 'Zm9=', 'Zh=='])('refuses %j', (text) => {
    expect(decodeBase64(text)).toBeNull()
  })
})
