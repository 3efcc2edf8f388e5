import { describe, expect, it } from 'vitest'
import { encodeBase64url } from '@/lib/jwt/base64url'
import { crackHs256, isHs256Token, wordsOf } from '@/lib/labs-ui/crack'
import { createHmac } from 'node:crypto'

/** An HS256 token signed with Node's own HMAC, independent of the code under test. */
function hs256(secret: string, alg = 'HS256'): string {
  const input = `${encodeBase64url(JSON.stringify({ alg, typ: 'JWT' }))}.${encodeBase64url('{"role":"user"}')}`
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`
}

describe('wordsOf', () => {
  it('splits one word a line, drops CR and empty lines, keeps spaces inside words', () => {
    expect(wordsOf('123456\r\npass word\n\nqwerty\n')).toEqual(['123456', 'pass word', 'qwerty'])
  })
})

describe('crackHs256', () => {
  const words = Array.from({ length: 1000 }, (_, i) => `word${i}`)

  it('finds the secret, reporting progress after each batch before it', async () => {
    const seen: number[] = []
    const result = await crackHs256(hs256('word700'), words, {
      batch: 100,
      onProgress: (p) => seen.push(p.tried),
    })
    expect(result).toMatchObject({ found: true, secret: 'word700', tried: 701 })
    expect(seen).toEqual([100, 200, 300, 400, 500, 600, 700])
  })

  it('reports the list exhausted when the secret is not in it', async () => {
    const result = await crackHs256(hs256('not-in-the-list'), words, { batch: 250 })
    expect(result).toMatchObject({ found: false, reason: 'exhausted', tried: 1000 })
  })

  it('refuses a token that is not HS256', async () => {
    expect(isHs256Token(hs256('x', 'RS256'))).toBe(false)
    expect(await crackHs256(hs256('word1', 'RS256'), words)).toMatchObject({
      found: false,
      reason: 'notHs256',
    })
  })
})
