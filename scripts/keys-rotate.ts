/**
 * @module `npm run keys:rotate`: makes a new current signing key for every algorithm (or those
 * named: `npm run keys:rotate -- ES256 HS256`). Retired keys keep verifying and stay in the JWKS
 * until every token they signed has expired; older retired keys are deleted.
 *
 * Run with `tsx --conditions=react-server` so that lib/auth's `import 'server-only'` resolves to
 * its empty build, as it does inside Next's server bundle. Uses DATABASE_URL like the server.
 */
import { databaseUrl, describeDatabaseUrl } from '@/lib/db'
import { RETIRED_KEY_GRACE_S, SIGNING_ALGS, getAuthStore, rotateSigningKeys } from '@/lib/auth'
import type { SigningAlg } from '@/lib/db'

async function main() {
  const requested = process.argv.slice(2)
  const unknown = requested.filter((alg) => !(SIGNING_ALGS as readonly string[]).includes(alg))
  if (unknown.length > 0) {
    console.error(
      `Unknown algorithm(s): ${unknown.join(', ')}. Choose from ${SIGNING_ALGS.join(', ')}.`,
    )
    process.exitCode = 2
    return
  }
  const algs = requested.length > 0 ? (requested as SigningAlg[]) : SIGNING_ALGS
  const store = await getAuthStore()
  const result = await rotateSigningKeys(store, { algs })
  console.log(`Database: ${describeDatabaseUrl(databaseUrl())}`)
  for (const { alg, kid } of result.created) console.log(`new current ${alg} key: ${kid}`)
  for (const { alg, kid } of result.retired) {
    console.log(
      `retired ${alg} key: ${kid} (verifies and stays published for ${RETIRED_KEY_GRACE_S} s)`,
    )
  }
  console.log(`deleted ${result.deleted} key(s) whose grace period had ended`)
  store.close()
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
