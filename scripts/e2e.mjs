// Runs the Playwright tests in test/e2e against `next start` in Debian's Chromium.
// Without a browser: a loud skip on a developer's machine, a failure under CI=true.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { findChromium } from './find-chromium.mjs'

const chromium = findChromium()
if (!chromium) {
  const lines = [
    'No Chromium found (looked at CHROME_PATH, /usr/bin/chromium, /usr/bin/chromium-browser).',
    'Install it with: sudo apt-get install -y chromium',
  ]
  const bar = '!'.repeat(78)
  if (process.env.CI === 'true') {
    console.error(
      `${bar}\nE2E FAILED: ${lines.join('\n')}\nCI=true, so a missing browser is a failure.\n${bar}`,
    )
    process.exit(1)
  }
  console.warn(`${bar}\nE2E SKIPPED: ${lines.join('\n')}\nThe browser tests did NOT run.\n${bar}`)
  process.exit(0)
}

if (!existsSync('.next/BUILD_ID')) {
  console.error('No production build found: run `npm run build` first (npm test does it for you).')
  process.exit(1)
}

const result = spawnSync(
  process.execPath,
  ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, CHROME_PATH: chromium, NEXT_TELEMETRY_DISABLED: '1' },
  },
)
process.exit(result.status ?? 1)
