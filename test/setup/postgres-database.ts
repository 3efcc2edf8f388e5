/**
 * Setup file of the `node-postgres` project: before each test file, a fresh PostgreSQL database
 * for the route tests, which then open the store on it instead of a SQLite file (see
 * pointDatabaseAtTempFile). vitest.config.mts leaves the project out
 * when there is no PostgreSQL.
 */
import { postgres } from '../lib/db/engines'

process.env.TEST_DATABASE_URL = await postgres.freshUrl()
