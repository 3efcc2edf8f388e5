import { defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'

const alias = {
  '@': fileURLToPath(new URL('.', import.meta.url)),
  // `server-only` throws outside a React Server Components bundle; tests import lib/auth directly.
  'server-only': fileURLToPath(new URL('./test/setup/server-only.ts', import.meta.url)),
}

// Two projects (vitest 4 has no environmentMatchGlobs): lib, API and content run in
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
          exclude: ['test/e2e/**', 'test/components/**', 'test/budgets/**'],
          setupFiles: ['test/setup/node.ts'],
          // A throwaway PostgreSQL for the tests that run on both engines (skipped, loudly, when
          // it is not installed; a failure under CI=true).
          globalSetup: ['test/setup/postgres.ts'],
          // next-intl's ESM imports `next/server` without an extension; let Vite resolve it.
          server: { deps: { inline: ['next-intl'] } },
          globals: true,
        },
      },
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
