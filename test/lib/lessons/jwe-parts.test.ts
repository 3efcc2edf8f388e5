import { describe, expect, it } from 'vitest'
import { encryptJwe } from '@/lib/jwt/encrypt'
import { jweParts } from '@/lib/lessons/jwe-parts'

// A 32-byte key for dir + A256GCM, written out (RFC 7516 §A.3-style demo key, not a secret).
const KEY = 'GawgguFyGrWKav7AX4VKUgGawgguFyGrWKav7AX4VKU'

describe('jweParts', () => {
  it('names the five parts of a real dir + A256GCM token and reads only the header', async () => {
    const claims = '{"sub":"42","email":"ada@example.com"}'
    const made = await encryptJwe(claims, {
      alg: 'dir',
      enc: 'A256GCM',
      key: { text: KEY, encoding: 'base64url' },
    })
    if (!made.ok) throw new Error(made.code)
    const parts = jweParts(made.token)
    expect(parts?.map((part) => part.name)).toEqual([
      'protected',
      'encryptedKey',
      'iv',
      'ciphertext',
      'tag',
    ])
    const [header, encryptedKey, iv, ciphertext, tag] = parts!
    expect(JSON.parse(header!.readable!)).toEqual({ alg: 'dir', enc: 'A256GCM' })
    // dir: no content key travels; GCM: a 96-bit IV, a 128-bit tag, ciphertext as long as the text.
    expect(encryptedKey!.bytes).toBe(0)
    expect(iv!.bytes).toBe(12)
    expect(tag!.bytes).toBe(16)
    expect(ciphertext!.bytes).toBe(new TextEncoder().encode(claims).length)
    for (const part of [encryptedKey, iv, ciphertext, tag]) expect(part!.readable).toBeUndefined()
  })

  it('refuses anything that is not five parts', () => {
    for (const token of ['', 'a.b.c', 'a.b.c.d', 'a.b.c.d.e.f']) expect(jweParts(token)).toBeNull()
  })
})
