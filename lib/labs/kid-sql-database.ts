/**
 * @module The kid-sql-injection lab's database: SQLite in memory (libsql), one table of lab keys
 * and nothing else, apart from the demo's store. Injected SQL can only read that table:
 * - queries go through a connection with `PRAGMA query_only`, and run one statement, a SELECT
 *   (a `;` is refused), so no INSERT, DELETE, ATTACH or PRAGMA can follow;
 * - before a query runs, its compiled program (EXPLAIN) is checked: no virtual tables (libsql's
 *   `fsdir`, …) and only functions from a short list of pure ones, so `readfile()`, `writefile()`
 *   and `load_extension()`, which libsql ships, never run;
 * - libsql runs in-memory queries synchronously on the server's one thread, so the lab's own
 *   database is also kept cheap: no WITH (a recursive CTE never ends), at most two reads of the
 *   table (no cross joins), no function that grows a value.
 * A second connection to the same in-memory database adds and removes the instances' keys.
 */
import { createClient, type Client, type InValue, type Row } from '@libsql/client'

// A shared-cache in-memory database: both connections see it; it never touches the disk.
const DATABASE_URL = 'file::memory:?cache=shared'

/** The longest query the lab runs: the verifier's text plus a kid of a few hundred characters. */
export const MAX_QUERY_LENGTH = 1024

/**
 * Functions an injected query may call: pure ones on text and numbers, and the aggregates. None
 * that can grow a value beyond the query's own length (printf's width, format, replace, hex,
 * quote): nested, they would build a string of a gigabyte from a kid of a few hundred bytes.
 */
const ALLOWED_FUNCTIONS = new Set([
  'abs',
  'avg',
  'char',
  'coalesce',
  'concat',
  'concat_ws',
  'count',
  'glob',
  'group_concat',
  'ifnull',
  'iif',
  'instr',
  'length',
  'like',
  'lower',
  'ltrim',
  'max',
  'min',
  'nullif',
  'round',
  'rtrim',
  'sqlite_version',
  'substr',
  'substring',
  'sum',
  'total',
  'trim',
  'typeof',
  'unhex',
  'unicode',
  'upper',
])

/**
 * At most this many table cursors a program: the verifier's own lookup and one more (a UNION
 * SELECT from lab_keys). A third would let a cross join of the table with itself run for
 * minutes on the server's one thread.
 */
const MAX_TABLE_CURSORS = 2

/** Opcodes that call a function; their p4 is `name(argc)`. */
const FUNCTION_OPCODES = new Set([
  'Function',
  'PureFunc',
  'AggStep',
  'AggStep1',
  'AggFinal',
  'AggValue',
  'AggInverse',
])

interface Connections {
  writer: Client
  reader: Client
}

let opened: Promise<Connections> | undefined

function open(): Promise<Connections> {
  opened ??= (async () => {
    const writer = createClient({ url: DATABASE_URL })
    await writer.execute(
      'CREATE TABLE IF NOT EXISTS lab_keys (kid TEXT PRIMARY KEY, secret TEXT NOT NULL)',
    )
    const reader = createClient({ url: DATABASE_URL })
    await reader.execute('PRAGMA query_only = ON')
    // Shared-cache readers take table locks that block the writer (SQLITE_LOCKED) unless they
    // read uncommitted; the writer's single statements have nothing half-done to see.
    await reader.execute('PRAGMA read_uncommitted = ON')
    return { writer, reader }
  })()
  return opened
}

/** Adds an instance's key. */
export async function addLabKey(kid: string, secret: string): Promise<void> {
  const { writer } = await open()
  await writer.execute({
    sql: 'INSERT OR REPLACE INTO lab_keys (kid, secret) VALUES (?, ?)',
    args: [kid, secret],
  })
}

/** Removes an instance's key (its instance left memory). */
export async function removeLabKey(kid: string): Promise<void> {
  const { writer } = await open()
  await writer.execute({ sql: 'DELETE FROM lab_keys WHERE kid = ?', args: [kid] })
}

/** Why the compiled `sql` may not run, or null when it only reads with allowed functions. */
async function refusalOf(reader: Client, sql: string, args: InValue[]): Promise<string | null> {
  // A recursive common table expression is a loop with no end but the one the query writes.
  if (/\bWITH\b/i.test(sql)) return 'WITH (common table expressions) is not available in this lab.'
  const program = await reader.execute({ sql: `EXPLAIN ${sql}`, args })
  let cursors = 0
  for (const step of program.rows) {
    const opcode = String(step.opcode)
    if (/^V[A-Z]/.test(opcode)) return 'Virtual tables are not available in this lab.'
    if (opcode === 'OpenRead' && ++cursors > MAX_TABLE_CURSORS)
      return `At most ${MAX_TABLE_CURSORS} reads of lab_keys a query in this lab.`
    if (FUNCTION_OPCODES.has(opcode)) {
      const name = String(step.p4).replace(/\(.*$/, '').toLowerCase()
      if (!ALLOWED_FUNCTIONS.has(name))
        return `The function ${name}() is not available in this lab.`
    }
  }
  return null
}

/**
 * Runs one read-only query on the lab's keys. SQL errors and refused queries come back as text
 * (the vulnerable verifier shows them, as many real servers do), never as a thrown error.
 *
 * @example await queryLabKeys("SELECT secret FROM lab_keys WHERE kid = 'x' UNION SELECT 'mine'")
 */
export async function queryLabKeys(
  sql: string,
  args: InValue[] = [],
): Promise<{ ok: true; rows: Row[] } | { ok: false; error: string }> {
  if (sql.length > MAX_QUERY_LENGTH) return { ok: false, error: 'The query is too long.' }
  if (sql.includes(';')) return { ok: false, error: 'This driver runs a single statement: no ";".' }
  if (!/^SELECT\s/i.test(sql)) return { ok: false, error: 'This connection only runs SELECT.' }
  try {
    const { reader } = await open()
    const refusal = await refusalOf(reader, sql, args)
    if (refusal) return { ok: false, error: refusal }
    return { ok: true, rows: (await reader.execute({ sql, args })).rows }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, error: message.slice(0, 300) }
  }
}
