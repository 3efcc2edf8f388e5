import { defineConfig } from 'vitest/config'

// Size budgets read the production build, so they run after `next build` (see scripts/test.mjs),
// not with the unit tests. Their setup builds the bare Next page (the yardstick) when no build of
// it with the installed Next is there: ~30 s on an idle machine, minutes on a busy one.
export default defineConfig({
  test: {
    name: 'budgets',
    environment: 'node',
    include: ['test/budgets/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
})
