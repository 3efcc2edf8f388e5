import { defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'
import { findPostgresBin } from './scripts/pg-cluster.mjs'

const alias = {
  '@': fileURLToPath(new URL('.', import.meta.url)),
  // `server-only` throws outside a React Server Components bundle; tests import lib/auth directly.
  'server-only': fileURLToPath(new URL('./test/setup/server-only.ts', import.meta.url)),
}

// The route tests run a second time on PostgreSQL when there is one (test/setup/postgres.ts says
// so loudly when there is none).
const postgresHere = Boolean(process.env.TEST_POSTGRES_URL) || findPostgresBin() !== null

// Projects (vitest 4 has no environmentMatchGlobs): lib, API and content run in
// plain Node so that jose gets Node's own Uint8Array; components run in jsdom.
export default defineConfig({
  resolve: { alias },
  test: {
    globals: true,
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/components/**', 'test/budgets/**', 'test/instances/**'],
          setupFiles: ['test/setup/node.ts'],
          // A throwaway PostgreSQL for the tests that run on both engines (skipped, loudly, when
          // it is not installed; a failure under CI=true).
          globalSetup: ['test/setup/postgres.ts'],
          // next-intl's ESM imports `next/server` without an extension; let Vite resolve it.
          server: { deps: { inline: ['next-intl'] } },
          globals: true,
        },
      },
      // The route tests again, on PostgreSQL: the API must behave the same on both engines.
      ...(postgresHere
        ? [
            {
              resolve: { alias },
              test: {
                name: 'node-postgres',
                environment: 'node',
                include: ['test/api/**/*.test.ts'],
                setupFiles: ['test/setup/node.ts', 'test/setup/postgres-database.ts'],
                globalSetup: ['test/setup/postgres.ts'],
                server: { deps: { inline: ['next-intl'] } },
                globals: true,
              },
            },
          ]
        : []),
      {
        resolve: { alias },
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['test/components/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/jsdom.ts'],
          globals: true,
        },
      },
    ],
  },
})
