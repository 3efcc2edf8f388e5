import { hashPassword, verifyPassword, getDummyHash } from '@/lib/auth/passwords'

describe('passwords (argon2id, OWASP parameters)', () => {
  it('hashes with argon2id m=19456 t=2 p=1 and verifies only the right password', async () => {
    const stored = await hashPassword('correct horse battery staple')
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect(await verifyPassword(stored, 'correct horse battery staple')).toBe(true)
    expect(await verifyPassword(stored, 'Correct horse battery staple')).toBe(false)
  })

  it('treats a corrupt stored hash as a mismatch, not an error', async () => {
    expect(await verifyPassword('not-a-phc-string', 'anything')).toBe(false)
  })

  it('makes the dummy hash once per process', async () => {
    const [a, b] = await Promise.all([getDummyHash(), getDummyHash()])
    expect(a).toBe(b)
    expect(a).toMatch(/^\$argon2id\$/)
  })
})
