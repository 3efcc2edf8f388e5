import { closestLesson, editDistance } from '@/lib/lessons/closest'

const lessons = [
  { slug: 'what-is-a-jwt', title: 'What a JWT is, and why it exists' },
  { slug: 'header', title: 'The header' },
  { slug: 'payload', title: 'The payload' },
  { slug: 'signature', title: 'The signature' },
  { slug: 'signing-in-code', title: 'Signing in code' },
  { slug: 'verifying', title: 'Verifying a token' },
  { slug: 'jws-vs-jwe', title: 'JWS vs JWE' },
]
const zh = [
  { slug: 'header', title: '头部（header）' },
  { slug: 'signature', title: '签名（signature）' },
]

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['header', 'header', 0],
    ['headr', 'header', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['flaw', 'lawn', 2],
  ])('%j → %j is %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected)
    expect(editDistance(b, a)).toBe(expected)
  })
})

describe('closestLesson', () => {
  it.each([
    ['headr', 'header'],
    ['Header', 'header'],
    ['paylod', 'payload'],
    ['sigature', 'signature'],
    ['signing', 'signing-in-code'],
    ['what-is-jwt', 'what-is-a-jwt'],
    ['jws-vs-jwt', 'jws-vs-jwe'],
    ['verify', 'verifying'],
    // A title typed as an address, spaces and all.
    ['The%20payload', 'payload'],
    ['verifying_a_token', 'verifying'],
  ])('%j means %s', (typed, slug) => {
    expect(closestLesson(typed, lessons)?.slug).toBe(slug)
  })

  it('matches a Chinese title too', () => {
    expect(closestLesson(encodeURIComponent('签名'), zh)?.slug).toBe('signature')
  })

  it.each(['zzzzzzzzzzzz', 'kubernetes-operators', '', '%'])('suggests nothing for %j', (typed) => {
    expect(closestLesson(typed, lessons)).toBeUndefined()
  })
})
