// `npm test`: every test. Unit and component tests (vitest), then the production build, then the
// size budgets and the browser tests against `next start`. Ends with one summary line.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const out = '.test-results'
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
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
  countVitest(`${out}/vitest.json`)
  countVitest(`${out}/budgets.json`)
  countPlaywright(`${out}/playwright.json`)
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
finish(
  run('browser tests (Playwright in Chromium, next start)', node, ['scripts/e2e.mjs'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${out}/playwright.json`,
  }),
)
