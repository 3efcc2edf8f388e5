/**
 * @module Why a token cannot be read, as a tutor would say it: which of its parts is wrong, the
 * column of the bad character (marked in the coloured token too), and, when a part decodes to
 * text that is not JSON, that text with the spot its JSON breaks, by line and column.
 */
import type { DecodeResult } from '@/lib/jwt/decode'
import { formatMessage } from '@/lib/i18n/format-message'
import { jsonObjectProblem } from '@/lib/playground/json-problem'
import { scanJson } from '@/lib/jwt/json-scan'
import { problemText } from './problem-text'
import type { StringsFor } from './strings'

type DecodeFailure = Extract<DecodeResult, { ok: false }>

export function DecodeProblem({
  decoded,
  strings,
  locale,
}: {
  decoded: DecodeFailure
  strings: StringsFor<'problem' | 'editors' | 'jwt'>
  locale: string
}) {
  const s = strings.problem
  const index = decoded.segments.findIndex((range) => range.name === decoded.segment)
  const range = decoded.segments[index]
  const where = range && {
    part: index + 1,
    parts: decoded.segments.length,
    segment: decoded.segment,
  }
  const general = problemText(strings, decoded, locale)
  let lead: string | null = null
  let text: { before: string; at: string; after: string } | null = null
  if (where && decoded.code === 'ERR_SEGMENT_BASE64' && decoded.at !== undefined) {
    const column = decoded.at - range.start + 1
    lead =
      decoded.reason === 'character' && decoded.char
        ? formatMessage(s.badCharacter, { ...where, column, char: decoded.char }, locale)
        : `${formatMessage(s.atColumn, { ...where, column }, locale)} ${general}`
  } else if (
    where &&
    (decoded.code === 'ERR_SEGMENT_JSON' || decoded.code === 'ERR_SEGMENT_NOT_OBJECT') &&
    decoded.text !== undefined
  ) {
    const problem = jsonObjectProblem(decoded.text, scanJson(decoded.text))
    if (problem) {
      const reasons = strings.editors.reasons as Record<string, string>
      lead = formatMessage(
        s.badJson,
        {
          ...where,
          line: problem.line,
          column: problem.column,
          reason: reasons[problem.reason] ?? problem.reason,
        },
        locale,
      )
      text = {
        before: decoded.text.slice(0, problem.at),
        at: decoded.text.slice(problem.at, problem.at + 1) || ' ',
        after: decoded.text.slice(problem.at + 1),
      }
    }
  }
  return (
    <div
      className="space-y-2 font-medium text-red-700 dark:text-red-300"
      data-testid="decode-error"
    >
      <p>{lead ?? general}</p>
      {text && (
        <pre
          className="max-h-48 overflow-auto rounded-md border border-red-300 bg-white p-2 font-mono text-xs whitespace-pre-wrap break-all text-zinc-900 dark:border-red-800 dark:bg-zinc-950 dark:text-zinc-100"
          translate="no"
          data-testid="decoded-text"
        >
          {text.before}
          <mark
            className="bg-red-200 text-red-950 underline decoration-red-600 decoration-wavy dark:bg-red-900 dark:text-red-50"
            data-testid="json-error-at"
          >
            {text.at}
          </mark>
          {text.after}
        </pre>
      )}
    </div>
  )
}
