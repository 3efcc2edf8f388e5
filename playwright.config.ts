import { defineConfig } from '@playwright/test'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHROMIUM_FLAGS } from './scripts/find-chromium.mjs'

// Debian's Chromium, never a browser Playwright downloads. scripts/e2e.mjs finds it and sets
// CHROME_PATH; the fallback is for running `npx playwright test` by hand.
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium'
const port = Number(process.env.E2E_PORT || 3100)
// A fresh database for every run, so e2e tests never touch a developer's .data/.
const dataDir = process.env.E2E_DATA_DIR || mkdtempSync(join(tmpdir(), 'jwt-playground-e2e-'))
process.env.E2E_DATA_DIR = dataDir

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  // Every test runs against both names of this machine: the site must work under whatever host
  // serves it (cookies, Origin checks and CSP all depend on the host).
  projects: [
    { name: 'localhost', use: { baseURL: `http://localhost:${port}` } },
    {
      name: '127.0.0.1',
      use: { baseURL: `http://127.0.0.1:${port}` },
      // What axe-core checks (markup, contrast) does not depend on the host name: once is enough.
      testIgnore: /a11y\.spec\.ts$/,
    },
  ],
  use: {
    trace: 'off',
    launchOptions: {
      executablePath,
      args: CHROMIUM_FLAGS,
    },
  },
  webServer: {
    command: `./node_modules/.bin/next start -p ${port}`,
    url: `http://localhost:${port}/en`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      // E2E_DATABASE_URL runs the same tests on another database (npm test: PostgreSQL).
      DATABASE_URL: process.env.E2E_DATABASE_URL || `file:${join(dataDir, 'e2e.db')}`,
      // Every spec shares this server and one client address; the labs' default of 20 new
      // instances a minute would cut the lab specs short (the limit has its own test).
      LAB_SESSIONS_PER_MINUTE: '200',
      LAB_REQUESTS_PER_MINUTE: '2000',
      // Both projects log in and register from one address, about 21 logins each by now; the
      // limits themselves are tested on servers of their own (api-hostile.spec.ts).
      LOGIN_LIMIT_PER_IP: '200',
      REGISTER_LIMIT_PER_IP: '100',
    },
  },
})
