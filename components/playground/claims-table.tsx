/**
 * @module The claims as a table: each claim, its value, what it means, and for time claims the
 * date in the reader's time zone and how far from "now" it is. Each claim name is a button that
 * lights up its bytes in the token, by mouse, keyboard or tap.
 */
import { memo } from 'react'
import type { ClaimExplanation } from '@/lib/jwt/explain'
import { localDate, relative } from '@/lib/playground/format'
import { fill } from '@/lib/i18n/fill'
import { highlightTarget } from './highlight-target'
import type { StringsFor } from './strings'

export interface ClaimsTableProps {
  claims: readonly ClaimExplanation[]
  strings: StringsFor<'claimsTable' | 'jwt'>
  locale: string
  /** NumericDate to measure from; null before the clock is read (server render). */
  now: number | null
  /** Called with a claim name to highlight, or null. */
  onHighlight?: (claim: string | null) => void
  /** The claim currently highlighted. */
  active?: string | null
}

function valueText(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? '')
  return text.length > 160 ? `${text.slice(0, 157)}…` : text
}

/** Rows shown at most: a 64 KB payload with a thousand claims stays quick to render. */
export const MAX_ROWS = 100

export const ClaimsTable = memo(function ClaimsTable({
  claims,
  strings,
  locale,
  now,
  onHighlight,
  active,
}: ClaimsTableProps) {
  const s = strings.claimsTable
  const docs = strings.jwt.claims as Record<string, { name: string; description: string }>
  return (
    <table className="w-full border-collapse text-left text-sm" data-testid="claims-table">
      <caption className="mb-2 text-left text-sm text-zinc-600 dark:text-zinc-400">
        {s.caption}
      </caption>
      <thead className="max-sm:sr-only">
        <tr className="border-b border-zinc-200 dark:border-zinc-800">
          <th scope="col" className="py-2 pr-3 font-semibold">
            {s.claim}
          </th>
          <th scope="col" className="py-2 pr-3 font-semibold">
            {s.value}
          </th>
          <th scope="col" className="py-2 pr-3 font-semibold">
            {s.meaning}
          </th>
          <th scope="col" className="py-2 font-semibold">
            {s.when}
          </th>
        </tr>
      </thead>
      <tbody>
        {claims.slice(0, MAX_ROWS).map((c) => {
          const doc = c.id ? docs[c.id] : undefined
          const time = c.time
          const date = time ? localDate(time.seconds, locale) : null
          return (
            <tr
              key={c.claim}
              className={`border-b border-zinc-100 align-top max-sm:block max-sm:py-2 dark:border-zinc-800/70 ${active === c.claim ? 'bg-amber-50 dark:bg-amber-950/40' : ''}`}
            >
              <th scope="row" className="py-2 pr-3 font-normal max-sm:block max-sm:py-0.5">
                <button
                  type="button"
                  className="rounded font-mono font-semibold text-jwt-payload underline decoration-dotted underline-offset-4 hover:decoration-solid"
                  aria-label={fill(s.highlight, { claim: c.claim })}
                  aria-pressed={active === c.claim}
                  {...highlightTarget(
                    active === c.claim,
                    () => onHighlight?.(c.claim),
                    () => onHighlight?.(null),
                  )}
                >
                  {c.claim}
                </button>
                {doc && (
                  <span className="block text-xs text-zinc-600 dark:text-zinc-400">{doc.name}</span>
                )}
              </th>
              <td
                className={`py-2 pr-3 font-mono max-sm:block max-sm:py-0.5 ${valueText(c.value).length > 14 ? 'break-all' : 'whitespace-nowrap'}`}
              >
                {valueText(c.value)}
              </td>
              <td className="py-2 pr-3 text-zinc-700 max-sm:block max-sm:py-0.5 dark:text-zinc-300">
                {doc ? doc.description : s.custom}
              </td>
              <td className="py-2 max-sm:block max-sm:py-0.5">
                {time &&
                  (now === null ? (
                    <time dateTime={time.iso}>{time.iso ?? s.badDate}</time>
                  ) : date === null ? (
                    s.badDate
                  ) : (
                    <>
                      <time dateTime={time.iso} className="block">
                        {date}
                      </time>
                      <span className="font-semibold">{relative(time.seconds, now, locale)}</span>
                    </>
                  ))}
              </td>
            </tr>
          )
        })}
      </tbody>
      {claims.length > MAX_ROWS && (
        <tfoot>
          <tr>
            <td colSpan={4} className="py-2 text-zinc-600 dark:text-zinc-400">
              {fill(s.more, { count: claims.length - MAX_ROWS })}
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  )
})
