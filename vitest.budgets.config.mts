import { defineConfig } from 'vitest/config'

// Size budgets read the production build, so they run after `next build` (see scripts/test.mjs),
// not with the unit tests.
export default defineConfig({
  test: {
    name: 'budgets',
    environment: 'node',
    include: ['test/budgets/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
