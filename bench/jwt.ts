/**
 * `npm run bench:jwt`: lib/jwt decode and verify beside jose and jsonwebtoken, in one run.
 * Prints a table and writes bench/results/jwt.{json,md}. Medians of time-boxed rounds; this
 * machine is shared and noisy, so compare the ratios within a run, not absolute figures.
 * Knobs (env): BENCH_JWT_ROUNDS (default 5), BENCH_JWT_ROUND_MS (default 200).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { runJwtBench } from './lib/jwt-bench'
import { markdownTable, printTable } from './lib/table'

async function main() {
  const rounds = Number(process.env.BENCH_JWT_ROUNDS ?? 5)
  const roundMs = Number(process.env.BENCH_JWT_ROUND_MS ?? 200)
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`
  console.log(`lib/jwt benchmark on ${machine}: median of ${rounds} rounds of ${roundMs} ms each.`)
  console.log(
    'The machine is shared and noisy: read the ratios to the yardsticks, not the absolute figures.',
  )
  const { headers, rows, data } = await runJwtBench({ rounds, roundMs })
  const title = 'lib/jwt beside jose and jsonwebtoken (median ops/s · mean µs per call)'
  printTable(title, headers, rows)
  console.log(
    '\nlib/jwt verify parses the key text (JWK or hex secret) on every call, as the playground does;' +
      '\njose verifies with a key imported once; jsonwebtoken gets a PEM or Buffer. jsonwebtoken has no EdDSA.',
  )
  mkdirSync('bench/results', { recursive: true })
  const date = new Date().toISOString()
  writeFileSync(
    'bench/results/jwt.json',
    JSON.stringify({ date, machine, rounds, roundMs, data }, null, 2),
  )
  writeFileSync(
    'bench/results/jwt.md',
    `# lib/jwt benchmark\n\nRun ${date} on ${machine}. Medians of ${rounds} rounds; noisy shared machine.\n\n${markdownTable(headers, rows)}\n`,
  )
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
