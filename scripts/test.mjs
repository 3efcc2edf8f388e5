// `npm test`: every test. Unit and component tests (vitest, the store and route tests on SQLite
// and PostgreSQL), then the production build, then the size budgets, the two-instance tests on
// PostgreSQL and the browser tests against `next start` (the demo's again on PostgreSQL). Ends
// with one summary line.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { MISSING_POSTGRES, createDatabase, findPostgresBin, startCluster } from './pg-cluster.mjs'

const out = '.test-results'
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

// One throwaway PostgreSQL for the whole run; every stage that needs it gets TEST_POSTGRES_URL.
let cluster = null
if (!env.TEST_POSTGRES_URL) {
  if (findPostgresBin()) {
    cluster = await startCluster()
    env.TEST_POSTGRES_URL = cluster.url
    console.log(`PostgreSQL for this run: ${cluster.url}`)
    for (const signal of ['SIGINT', 'SIGTERM']) {
      process.on(signal, () => {
        cluster?.stop()
        process.exit(130)
      })
    }
  } else {
    const bar = '!'.repeat(78)
    if (env.CI === 'true') {
      console.error(
        `${bar}\nTESTS FAILED: ${MISSING_POSTGRES.join('\n')}\nCI=true, so a missing PostgreSQL is a failure.\n${bar}`,
      )
      process.exit(1)
    }
    console.warn(
      `${bar}\nPOSTGRESQL TESTS SKIPPED: ${MISSING_POSTGRES.join('\n')}\n` +
        `The store and route tests on PostgreSQL and the two-instance tests will NOT run.\n${bar}`,
    )
  }
}
const totals = { passed: 0, failed: 0, skipped: 0 }

function run(title, command, args, extraEnv = {}) {
  console.log(`\n━━ ${title} ━━`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } })
  return result.status === 0
}

function countVitest(file) {
  if (!existsSync(file)) return
  const report = JSON.parse(readFileSync(file, 'utf8'))
  totals.passed += report.numPassedTests ?? 0
  totals.failed += report.numFailedTests ?? 0
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
}

function countPlaywright(file) {
  if (!existsSync(file)) return
  const { stats } = JSON.parse(readFileSync(file, 'utf8'))
  totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0)
  totals.failed += stats.unexpected ?? 0
  totals.skipped += stats.skipped ?? 0
}

function finish(ok) {
  cluster?.stop()
  countVitest(`${out}/vitest.json`)
  countVitest(`${out}/budgets.json`)
  countVitest(`${out}/instances.json`)
  countPlaywright(`${out}/playwright.json`)
  countPlaywright(`${out}/playwright-postgres.json`)
  console.log(`\n${ok ? 'All test stages passed.' : 'A test stage FAILED (see above).'}`)
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
  process.exit(ok ? 0 : 1)
}

const node = process.execPath
const vitest = 'node_modules/vitest/vitest.mjs'

if (
  !run('unit and component tests (vitest)', node, [
    vitest,
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}/vitest.json`,
  ])
)
  finish(false)
if (!run('production build (next build)', node, ['node_modules/next/dist/bin/next', 'build']))
  finish(false)
if (existsSync('vitest.budgets.config.mts')) {
  if (
    !run('size budgets (from the build)', node, [
      vitest,
      'run',
      '--config',
      'vitest.budgets.config.mts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}/budgets.json`,
    ])
  )
    finish(false)
}
if (
  !run('two instances on one PostgreSQL (next start ×2)', node, [
    vitest,
    'run',
    '--config',
    'vitest.instances.config.mts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}/instances.json`,
  ])
)
  finish(false)
const browser = run(
  'browser tests (Playwright in Chromium, next start)',
  node,
  ['scripts/e2e.mjs'],
  {
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${out}/playwright.json`,
  },
)
// The specs that drive the demo API, again with the site (and the API specs' own servers) on
// PostgreSQL.
const apiSpecs = [
  'test/e2e/demo.spec.ts',
  'test/e2e/demo-forms.spec.ts',
  'test/e2e/demo-tabs.spec.ts',
  'test/e2e/api-hostile.spec.ts',
]
const browserOnPostgres =
  !env.TEST_POSTGRES_URL ||
  run('browser tests of the API, site on PostgreSQL', node, ['scripts/e2e.mjs', ...apiSpecs], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${out}/playwright-postgres.json`,
    E2E_DATABASE_URL: await createDatabase(env.TEST_POSTGRES_URL, `e2e_${process.pid}`),
    E2E_OWN_POSTGRES_URL: env.TEST_POSTGRES_URL,
  })
finish(browser && browserOnPostgres)
