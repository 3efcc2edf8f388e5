/**
 * Vitest global setup (node project): a real PostgreSQL for the tests that run on both engines.
 * Uses TEST_POSTGRES_URL when set (scripts/test.mjs starts one cluster for the whole run), else
 * starts a throwaway cluster for this vitest run. Without PostgreSQL those tests are skipped,
 * loudly; under CI=true its absence fails the run.
 */
import type { TestProject } from 'vitest/node'
import { MISSING_POSTGRES, findPostgresBin, startCluster } from '../../scripts/pg-cluster.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of a PostgreSQL cluster the tests may create databases in; null if none. */
    postgresUrl: string | null
  }
}

export default async function setup(project: TestProject) {
  if (process.env.TEST_POSTGRES_URL) {
    project.provide('postgresUrl', process.env.TEST_POSTGRES_URL)
    return
  }
  if (!findPostgresBin()) {
    const bar = '!'.repeat(78)
    if (process.env.CI === 'true') {
      throw new Error(`${MISSING_POSTGRES.join('\n')}\nCI=true, so a missing PostgreSQL fails.`)
    }
    console.warn(
      `${bar}\nPOSTGRESQL TESTS SKIPPED: ${MISSING_POSTGRES.join('\n')}\n` +
        `Every test that needs PostgreSQL (store contract, route tests on PostgreSQL, two instances) did NOT run.\n${bar}`,
    )
    project.provide('postgresUrl', null)
    return
  }
  const cluster = await startCluster()
  project.provide('postgresUrl', cluster.url)
  return () => cluster.stop()
}
