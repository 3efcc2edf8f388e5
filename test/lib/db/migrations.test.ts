import { MIGRATIONS, POSTGRES_MIGRATIONS } from '@/lib/db'

describe('numbered migrations', () => {
  it('has the same versions and names for SQLite and PostgreSQL', () => {
    const summary = (list: typeof MIGRATIONS) =>
      list.map(({ version, name }) => ({ version, name }))
    expect(summary(POSTGRES_MIGRATIONS)).toEqual(summary(MIGRATIONS))
  })

  it('numbers them 1, 2, 3… with no gap', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1))
  })

  it('keeps epoch-millisecond columns 64-bit on PostgreSQL (INTEGER there is 32-bit)', () => {
    const ddl = POSTGRES_MIGRATIONS.flatMap((m) => m.statements).join('\n')
    const timeColumns = [...ddl.matchAll(/^\s*(\w+_at)\s+(\w+)/gm)]
    expect(timeColumns.length).toBeGreaterThan(0)
    for (const [, column, type] of timeColumns)
      expect({ column, type }).toEqual({ column, type: 'BIGINT' })
  })
})
