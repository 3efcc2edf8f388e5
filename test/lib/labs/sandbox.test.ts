/**
 * What an attacker can reach through the labs: the kid-sql-injection database reads its one table
 * and nothing else, the kid-traversal tree is not the disk, and the jku lab makes no outbound
 * connection, whatever the token says.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createServer, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { queryLabKeys } from '@/lib/labs/kid-sql-database'
import { expectProblem } from '../../api/helpers'
import { adminClaims, askAdmin, headerOf, learnerKeyPair, sign, startSession } from './lab-client'

/** A token for the lab whose header carries `kid`, signed with a key that matters not. */
async function withKid(token: string, kid: unknown): Promise<string> {
  return sign({ alg: 'HS256', kid }, adminClaims(token), { kind: 'secret', value: 'whatever' })
}

describe('kid-sql-injection: an injection can only read the lab_keys table', () => {
  let token: string
  beforeAll(async () => {
    token = await startSession('kid-sql-injection')
  })

  const stray = join(tmpdir(), `jwtpg-lab-${process.pid}-${Date.now()}`)

  it.each([
    ["x'; DELETE FROM lab_keys; --", 'a second statement'],
    ["x'; DROP TABLE lab_keys; --", 'a second statement'],
    [`x'; ATTACH '${stray}-attach.db' AS e; --`, 'ATTACH'],
    ["x'; PRAGMA query_only = OFF; --", 'PRAGMA'],
    [`x' UNION SELECT writefile('${stray}-written', 'pwned') --`, 'writefile()'],
    ["x' UNION SELECT readfile('/etc/hostname') --", 'readfile()'],
    ["x' UNION SELECT name FROM fsdir('/etc') --", 'fsdir'],
    ["x' UNION SELECT load_extension('/tmp/evil') --", 'load_extension()'],
    ["x' UNION SELECT name FROM pragma_function_list --", 'a pragma table'],
    ["'", 'broken SQL'],
    ["x' UNION SELECT 1, 2 --", 'a column count mismatch'],
    // Work without end on the server's one thread (libsql runs in-memory queries synchronously);
    // bounded here, so that without the guard each returns a value instead of hanging the test.
    [
      "x' UNION SELECT (WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c LIMIT 100000) SELECT count(*) FROM c) --",
      'a recursive CTE',
    ],
    ["x' UNION SELECT count(*) FROM lab_keys a, lab_keys b, lab_keys c --", 'a cross join'],
    ["x' UNION SELECT length(printf('%.*c', 1000000, 'x')) --", "printf's width"],
    ["x' UNION SELECT length(hex(hex(hex(hex('grow'))))) --", 'hex() growing a value'],
    ["x' UNION SELECT replace('aaaa', 'a', 'aaaa') --", 'replace() growing a value'],
  ])('%s (%s) → 401 LAB_KID_LOOKUP_FAILED, never 500', async (kid) => {
    const res = await askAdmin('kid-sql-injection', await withKid(token, kid))
    await expectProblem(res, 401, 'LAB_KID_LOOKUP_FAILED')
  })

  it('left no file behind and the table whole: the learner’s own token still verifies', async () => {
    expect(
      readdirSync(tmpdir()).filter((name) => name.startsWith(stray.split('/').pop()!)),
    ).toEqual([])
    expect(existsSync(`${stray}-attach.db`)).toBe(false)
    await expectProblem(await askAdmin('kid-sql-injection', token), 403, 'LAB_NOT_ADMIN')
  })

  it('the query connection itself is read-only and refuses ATTACH and PRAGMA writes', async () => {
    const kid = String(headerOf(token).kid)
    for (const sql of [
      "INSERT INTO lab_keys (kid, secret) VALUES ('mine', 'mine')",
      `UPDATE lab_keys SET secret = 'mine' WHERE kid = '${kid}'`,
      `DELETE FROM lab_keys WHERE kid = '${kid}'`,
      `ATTACH '${stray}-direct.db' AS e`,
      'PRAGMA query_only = OFF',
      'CREATE TABLE t (x)',
    ]) {
      expect((await queryLabKeys(sql)).ok, sql).toBe(false)
    }
    expect(existsSync(`${stray}-direct.db`)).toBe(false)
    const rows = await queryLabKeys('SELECT kid FROM lab_keys WHERE kid = ?', [kid])
    expect(rows).toEqual({ ok: true, rows: [expect.objectContaining({ kid })] })
  })

  it('holds nothing but the lab keys', async () => {
    const tables = await queryLabKeys("SELECT name FROM sqlite_master WHERE type <> 'index'")
    expect(tables.ok && tables.rows.map((row) => row.name)).toEqual(['lab_keys'])
  })

  it.each([
    ['a number', 42],
    ['null', null],
    ['an object', { a: 1 }],
    ['an array', ['x']],
    ['2000 characters', 'a'.repeat(2000)],
  ])('a kid that is %s is a 401, not a 500', async (_, kid) => {
    const res = await askAdmin('kid-sql-injection', await withKid(token, kid))
    expect(res.status).toBe(401)
  })

  it('the hardened verifier binds kid as a parameter: the UNION finds nothing', async () => {
    const kid = "x' UNION SELECT 'mine"
    const res = await askAdmin('kid-sql-injection', await withKid(token, kid), 'hardened')
    await expectProblem(res, 401, 'LAB_KID_UNKNOWN')
  })
})

describe('kid-traversal: the key folder is a tree in memory, not the disk', () => {
  let token: string
  beforeAll(async () => {
    token = await startSession('kid-traversal')
  })

  it.each([
    '../../../../etc/passwd',
    '../../../../../../etc/hostname',
    '/dev/null', // joined to the key folder: /srv/lab/keys/dev/null
    '../../../../proc/self/environ',
    '../../../..' + process.cwd() + '/package.json',
  ])('kid %s finds no file: 401 LAB_KID_UNKNOWN', async (kid) => {
    expect(existsSync('/etc/passwd')).toBe(true) // the real file is there; the lab does not see it
    const res = await askAdmin('kid-traversal', await withKid(token, kid))
    const problem = await expectProblem(res, 401, 'LAB_KID_UNKNOWN')
    expect(problem.detail).toMatch(/^There is no file \//)
  })

  it('the real /etc/passwd as the key does not sign a token the lab accepts', async () => {
    const passwd = readFileSync('/etc/passwd', 'utf8')
    const forged = await sign({ alg: 'HS256', kid: '../../../../etc/passwd' }, adminClaims(token), {
      kind: 'secret',
      value: passwd,
    })
    await expectProblem(await askAdmin('kid-traversal', forged), 401, 'LAB_KID_UNKNOWN')
  })

  it('no lab source imports fs or switches ESLint off', () => {
    const folder = 'lib/labs'
    for (const file of readdirSync(folder)) {
      const source = readFileSync(join(folder, file), 'utf8')
      expect(source, file).not.toMatch(/from '(node:)?fs(\/promises)?'|require\(|eslint-disable/)
    }
  })
})

describe('jku-injection: nothing leaves the process', () => {
  let port: number
  const sockets: Socket[] = []
  const listener = createServer((socket) => {
    sockets.push(socket)
    socket.destroy()
  })

  beforeAll(async () => {
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve))
    const address = listener.address()
    port = typeof address === 'object' && address ? address.port : 0
  })
  afterAll(() => new Promise<void>((resolve) => listener.close(() => resolve())))

  async function forgedWithJku(token: string, jku: string) {
    const mine = await learnerKeyPair('RS256')
    return sign({ alg: 'RS256', kid: mine.kid, jku }, adminClaims(token), {
      kind: 'jwk',
      value: mine.privateJwk,
    })
  }

  it.each([
    (p: number) => `http://127.0.0.1:${p}/jwks.json`,
    (p: number) => `http://127.0.0.1:${p}/api/labs/exploit-server/my-keys-123`,
    (p: number) => `http://localhost:${p}/.well-known/jwks.json`,
    (p: number) => `http://[::1]:${p}/jwks.json`,
    () => 'file:///etc/passwd',
    () => 'not a url',
  ])(
    'a jku outside the exploit server is a 401, and the listener sees no connection (%#)',
    async (jkuFor) => {
      const token = await startSession('jku-injection')
      const forged = await forgedWithJku(token, jkuFor(port))
      await expectProblem(await askAdmin('jku-injection', forged), 401, 'LAB_JKU_UNREACHABLE')
      await expectProblem(
        await askAdmin('jku-injection', forged, 'hardened'),
        401,
        'LAB_JKU_NOT_ALLOWED',
      )
      // Give a stray connection every chance to arrive: a listener round trip is one event loop turn.
      await new Promise((resolve) => setImmediate(resolve))
      expect(sockets).toHaveLength(0)
    },
  )

  it('an exploit-server URL with nothing published is a 401', async () => {
    const token = await startSession('jku-injection')
    const forged = await forgedWithJku(
      token,
      'http://localhost/api/labs/exploit-server/never-published',
    )
    await expectProblem(await askAdmin('jku-injection', forged), 401, 'LAB_JKU_UNREACHABLE')
  })

  it('the legitimate jku names the instance’s own jwks.json on this origin', async () => {
    const token = await startSession('jku-injection')
    const { jku } = headerOf(token)
    expect(jku).toMatch(/^http:\/\/localhost\/api\/labs\/jku-injection\/jwks\.json\?sid=[\w-]{22}$/)
  })
})
