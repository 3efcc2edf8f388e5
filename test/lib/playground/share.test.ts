import { shareUrl, tokenFromHash } from '@/lib/playground/share'

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2ln'

describe('share links', () => {
  it('put the token in the fragment and drop the query and old fragment', () => {
    const link = shareUrl('https://jwt.example/zh-CN/playground?secret=x#old', TOKEN)!
    const url = new URL(link)
    expect(url.pathname).toBe('/zh-CN/playground')
    expect(url.search).toBe('')
    expect(url.hash).toBe(`#token=${TOKEN}`)
    expect(link).not.toContain('secret')
  })

  it('refuse anything that is not token-shaped, so a secret or PEM can never be shared', () => {
    for (const text of [
      'my secret',
      '-----BEGIN PRIVATE KEY-----\nMIIE',
      '{"kty":"oct"}',
      'abc',
      '',
    ])
      expect(shareUrl('https://jwt.example/en/playground', text)).toBeNull()
  })

  it('read the token back, and nothing else', () => {
    expect(tokenFromHash(`#token=${TOKEN}`)).toBe(TOKEN)
    expect(tokenFromHash(`#a=1&token=${TOKEN}`)).toBe(TOKEN)
    expect(tokenFromHash('#section')).toBeNull()
    expect(tokenFromHash('#token=<script>')).toBeNull()
    expect(tokenFromHash('')).toBeNull()
  })

  it('round-trip', () => {
    const link = shareUrl('http://localhost:3000/en/playground', TOKEN)!
    expect(tokenFromHash(new URL(link).hash)).toBe(TOKEN)
  })
})
