import { defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'

// The multi-instance tests: real `next start` processes of the production build on one
// PostgreSQL. Run by `npm test` after the build (scripts/test.mjs), or by hand:
// `npx next build && npx vitest run --config vitest.instances.config.mts`.
const alias = {
  '@': fileURLToPath(new URL('.', import.meta.url)),
  'server-only': fileURLToPath(new URL('./test/setup/server-only.ts', import.meta.url)),
}

export default defineConfig({
  resolve: { alias },
  test: {
    name: 'instances',
    environment: 'node',
    globals: true,
    include: ['test/instances/**/*.test.ts'],
    globalSetup: ['test/setup/postgres.ts'],
    // One file at a time: each starts its own servers on fixed ports.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
