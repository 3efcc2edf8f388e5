/**
 * @module The found token, coloured by part, with the bytes of a hovered claim marked and a
 * decode error's position flagged. No hooks: it renders the same on the server and the client.
 */
import { memo } from 'react'
import type { SegmentRange } from '@/lib/jwt/decode'

export const PART_CLASS: Record<string, string> = {
  header: 'text-jwt-header',
  payload: 'text-jwt-payload',
  signature: 'text-jwt-signature',
  // A JWE's five parts each get their own colour (the JWE view's legend uses the same).
  encryptedKey: 'text-amber-700 dark:text-amber-300',
  iv: 'text-emerald-700 dark:text-emerald-300',
  ciphertext: 'text-jwt-payload',
  tag: 'text-jwt-signature',
}

export interface TokenViewProps {
  token: string
  segments: readonly SegmentRange[]
  label: string
  /** Token offsets to mark (the bytes of a hovered claim). */
  highlight?: { start: number; end: number } | null
  /** Offset of a character decode refused. */
  errorAt?: number
}

function pieces(
  text: string,
  offset: number,
  marks: Array<{ start: number; end: number; kind: 'hl' | 'err' }>,
) {
  // Cut the segment at every mark boundary that falls inside it.
  const cuts = new Set([0, text.length])
  for (const m of marks) {
    for (const at of [m.start - offset, m.end - offset])
      if (at > 0 && at < text.length) cuts.add(at)
  }
  const sorted = [...cuts].sort((a, b) => a - b)
  const out: Array<{ text: string; kind: 'hl' | 'err' | null }> = []
  for (let i = 0; i < sorted.length - 1; i++) {
    const from = sorted[i]!
    const to = sorted[i + 1]!
    const mark = marks.find((m) => m.start <= offset + from && m.end >= offset + to)
    out.push({ text: text.slice(from, to), kind: mark?.kind ?? null })
  }
  return out
}

export const TokenView = memo(function TokenView({
  token,
  segments,
  label,
  highlight,
  errorAt,
}: TokenViewProps) {
  const marks: Array<{ start: number; end: number; kind: 'hl' | 'err' }> = []
  if (highlight && highlight.end > highlight.start) marks.push({ ...highlight, kind: 'hl' })
  if (errorAt !== undefined && errorAt < token.length)
    marks.push({ start: errorAt, end: errorAt + 1, kind: 'err' })
  const ranges = segments.length > 0 ? segments : [{ name: 'header', start: 0, end: token.length }]
  return (
    <p
      className="max-h-64 overflow-y-auto rounded-lg border border-zinc-200 bg-zinc-50 p-3 font-mono text-sm leading-relaxed break-all dark:border-zinc-800 dark:bg-zinc-900"
      translate="no"
      aria-label={label}
      data-testid="token-view"
    >
      {ranges.map((range, i) => (
        <span key={`${range.name}-${i}`}>
          {i > 0 && <span className="text-jwt-dot">.</span>}
          <span className={PART_CLASS[range.name] ?? ''} data-part={range.name}>
            {pieces(token.slice(range.start, range.end), range.start, marks).map((piece, j) =>
              piece.kind === 'hl' ? (
                <mark
                  key={j}
                  className="rounded-sm bg-amber-200 text-inherit ring-1 ring-amber-500 dark:bg-amber-500/30"
                  data-testid="token-highlight"
                >
                  {piece.text}
                </mark>
              ) : piece.kind === 'err' ? (
                <mark
                  key={j}
                  className="bg-red-200 text-red-950 underline decoration-red-600 decoration-wavy dark:bg-red-900 dark:text-red-50"
                  data-testid="token-error"
                  data-part={range.name}
                >
                  {piece.text}
                </mark>
              ) : (
                <span key={j}>{piece.text}</span>
              ),
            )}
          </span>
        </span>
      ))}
    </p>
  )
})
