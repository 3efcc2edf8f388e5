/**
 * @module The picture of <AlgorithmBench>: one row an algorithm (HS256, RS256, PS256, ES256,
 * Ed25519) with the sizes and times measured in the reader's browser, a run and a cancel button,
 * and a status line. No hooks: the server renders the empty table as the still picture.
 */
import { fill } from '@/lib/i18n/fill'
import {
  BENCH_ALGS,
  type BenchAlg,
  type BenchPhase,
  type BenchResult,
} from '@/lib/lessons/algorithm-bench'
import { BusyButton } from './token-parts'

export type BenchLabels = {
  caption: string
  columns: {
    alg: string
    publicJwk: string
    publicPem: string
    signature: string
    token: string
    keygen: string
    sign: string
    verify: string
  }
  secretOnly: string
  unsupported: string
  run: string
  runAgain: string
  cancel: string
  idle: string
  progress: string
  phases: Record<BenchPhase, string>
  done: string
  cancelled: string
  note: string
}

export type BenchRow = { alg: BenchAlg } & (
  { state: 'pending' } | { state: 'done'; result: BenchResult } | { state: 'unsupported' }
)

export type BenchStatus =
  | { kind: 'idle' }
  | { kind: 'running'; alg: BenchAlg; phase: BenchPhase; index: number }
  | { kind: 'done'; runs: number }
  | { kind: 'cancelled' }

const cell = 'px-2 py-1.5 text-right font-mono tabular-nums whitespace-nowrap'
const head = 'px-2 py-1.5 text-right font-semibold align-bottom'
const button =
  'rounded-md px-3 py-2 text-sm font-medium aria-disabled:opacity-60 border border-zinc-300 bg-white hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-950 dark:hover:bg-zinc-800'

export function AlgorithmBenchView({
  labels,
  locale,
  rows = BENCH_ALGS.map((alg) => ({ alg, state: 'pending' as const })),
  status = { kind: 'idle' },
  onRun,
  onCancel,
}: {
  labels: BenchLabels
  locale: string
  rows?: BenchRow[]
  status?: BenchStatus
  onRun?: () => void
  onCancel?: () => void
}) {
  const bytes = new Intl.NumberFormat(locale)
  const ms = new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 })
  const running = status.kind === 'running'
  const dash = <span aria-hidden="true">—</span>
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <BusyButton className={button} off={running} onPress={onRun}>
          {status.kind === 'done' ? labels.runAgain : labels.run}
        </BusyButton>
        <BusyButton className={button} off={!running} onPress={onCancel}>
          {labels.cancel}
        </BusyButton>
      </div>
      <div role="status" aria-live="polite" className="text-sm" aria-busy={running}>
        {status.kind === 'running' ? (
          <p>
            <progress
              className="mr-2 align-middle"
              max={BENCH_ALGS.length * 3}
              value={status.index * 3 + ['keygen', 'sign', 'verify'].indexOf(status.phase)}
              aria-hidden="true"
            />
            {fill(labels.progress, {
              alg: status.alg,
              phase: labels.phases[status.phase],
              index: status.index + 1,
              total: BENCH_ALGS.length,
            })}
          </p>
        ) : status.kind === 'done' ? (
          <p>{fill(labels.done, { runs: status.runs })}</p>
        ) : status.kind === 'cancelled' ? (
          <p>{labels.cancelled}</p>
        ) : (
          <p>{labels.idle}</p>
        )}
      </div>
      {/* Focusable: a keyboard reader can scroll the table sideways on a narrow screen. */}
      <div
        className="overflow-x-auto rounded-md bg-white dark:bg-zinc-950"
        tabIndex={0}
        role="region"
        aria-label={labels.caption}
      >
        <table className="w-full border-collapse text-sm" data-testid="bench-table">
          <caption className="sr-only">{labels.caption}</caption>
          <thead className="border-b border-zinc-200 dark:border-zinc-800">
            <tr>
              <th
                scope="col"
                className="sticky left-0 bg-white px-2 py-1.5 text-left align-bottom font-semibold dark:bg-zinc-950"
              >
                {labels.columns.alg}
              </th>
              <th scope="col" className={head}>
                {labels.columns.publicJwk}
              </th>
              <th scope="col" className={head}>
                {labels.columns.publicPem}
              </th>
              <th scope="col" className={head}>
                {labels.columns.signature}
              </th>
              <th scope="col" className={head}>
                {labels.columns.token}
              </th>
              <th scope="col" className={head}>
                {labels.columns.keygen}
              </th>
              <th scope="col" className={head}>
                {labels.columns.sign}
              </th>
              <th scope="col" className={head}>
                {labels.columns.verify}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const result = row.state === 'done' ? row.result : undefined
              return (
                <tr
                  key={row.alg}
                  data-alg={row.alg}
                  className="border-b border-zinc-100 last:border-0 dark:border-zinc-900"
                >
                  <th
                    scope="row"
                    className="sticky left-0 bg-white px-2 py-1.5 text-left font-mono font-semibold whitespace-nowrap dark:bg-zinc-950"
                  >
                    {row.alg}
                  </th>
                  {row.state === 'unsupported' ? (
                    <td colSpan={7} className="px-2 py-1.5">
                      {labels.unsupported}
                    </td>
                  ) : result?.secretBytes !== undefined ? (
                    <td colSpan={2} className="px-2 py-1.5 text-right">
                      {fill(labels.secretOnly, { bytes: result.secretBytes })}
                    </td>
                  ) : (
                    <>
                      <td className={cell}>
                        {result ? bytes.format(result.publicJwkBytes ?? 0) : dash}
                      </td>
                      <td className={cell}>
                        {result ? bytes.format(result.publicPemBytes ?? 0) : dash}
                      </td>
                    </>
                  )}
                  {row.state !== 'unsupported' && (
                    <>
                      <td className={cell}>
                        {result ? bytes.format(result.signatureBytes) : dash}
                      </td>
                      <td className={cell}>{result ? bytes.format(result.tokenLength) : dash}</td>
                      <td className={cell}>{result ? ms.format(result.keygenMs) : dash}</td>
                      <td className={cell}>{result ? ms.format(result.signMs) : dash}</td>
                      <td className={cell}>{result ? ms.format(result.verifyMs) : dash}</td>
                    </>
                  )}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">{labels.note}</p>
    </div>
  )
}
