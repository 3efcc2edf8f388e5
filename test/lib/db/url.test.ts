import { describeDatabaseUrl, isPostgresUrl } from '@/lib/db'

describe('database URLs', () => {
  it('sends postgres:// and postgresql:// to PostgreSQL, everything else to SQLite', () => {
    for (const url of ['postgres://u@h/db', 'postgresql://u@h:5433/db', 'POSTGRES://h/db']) {
      expect({ url, postgres: isPostgresUrl(url) }).toEqual({ url, postgres: true })
    }
    for (const url of ['file:.data/x.db', ':memory:', 'file:postgres://x', 'libsql://x']) {
      expect({ url, postgres: isPostgresUrl(url) }).toEqual({ url, postgres: false })
    }
  })

  it('never prints a PostgreSQL password', () => {
    const shown = describeDatabaseUrl('postgres://app:s3cret-pass@db.internal:5432/jwt')
    expect(shown).not.toContain('s3cret-pass')
    expect(shown).toContain('db.internal:5432/jwt')
    expect(describeDatabaseUrl('file:.data/jwt-playground.db')).toBe('file:.data/jwt-playground.db')
  })
})
