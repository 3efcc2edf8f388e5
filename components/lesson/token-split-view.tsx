/**
 * @module The picture of <TokenSplit>: the token coloured by part (the faulty character marked),
 * its header and payload as editable text, the signature's length and lib/jwt's verdict. No
 * hooks, so the server renders it as the still picture and the live TokenSplitLive renders the
 * same markup with handlers.
 */
import { formatMessage } from '@/lib/i18n/format-message'
import type { TextPart, TokenSplit } from '@/lib/lessons/token-split'

export type TokenSplitLabels = {
  token: string
  header: string
  payload: string
  signature: string
  signatureBytes: string
  notText: string
  ok: string
  jsonAt: string
  reset: string
  base64Hint: string
  /** `Jwt.errors`, the decode codes only. */
  errors: Record<string, string>
}

const field =
  'w-full rounded-md border border-zinc-300 bg-white p-3 font-mono text-sm break-all dark:border-zinc-700 dark:bg-zinc-950'

/** lib/jwt's failure in the reader's words: which part, and where. */
export function problemMessage(
  problem: NonNullable<TokenSplit['problem']>,
  labels: TokenSplitLabels,
  locale: string,
): string {
  const message = labels.errors[problem.code]
  if (!message) return problem.code
  // People count characters from 1; lib/jwt counts offsets from 0.
  const at = problem.at === undefined ? undefined : problem.at + 1
  let text = formatMessage(message, { ...problem, at }, locale)
  if (problem.code === 'ERR_SEGMENT_JSON' && at !== undefined)
    text += ` ${formatMessage(labels.jsonAt, { segment: problem.segment, at }, locale)}`
  if (problem.hint === 'base64') text += ` ${labels.base64Hint}`
  return text
}

function ColouredParts({ token, mark, label }: { token: string; mark?: number; label: string }) {
  const tones = ['text-jwt-header', 'text-jwt-payload', 'text-jwt-signature']
  const pieces = token.split('.')
  const parts = pieces.map((part, index) => {
    const start = pieces.slice(0, index).reduce((sum, piece) => sum + piece.length + 1, 0)
    const local =
      mark !== undefined && mark >= start && mark <= start + part.length ? mark - start : -1
    return (
      <span key={index}>
        {index > 0 && <span className="text-jwt-dot">.</span>}
        <span className={tones[index] ?? 'text-red-700 dark:text-red-300'}>
          {local === -1 ? (
            part
          ) : (
            <>
              {part.slice(0, local)}
              <mark
                className="bg-red-200 text-red-950 underline decoration-red-600 decoration-wavy dark:bg-red-900 dark:text-red-50"
                data-testid="split-mark"
              >
                {part.slice(local, local + 1) || ' '}
              </mark>
              {part.slice(local + 1)}
            </>
          )}
        </span>
      </span>
    )
  })
  return (
    <p
      className="font-mono text-sm leading-relaxed break-all"
      translate="no"
      role="group"
      aria-label={label}
      data-testid="split-token"
    >
      {parts}
    </p>
  )
}

export function TokenSplitView({
  id,
  token,
  split,
  labels,
  locale,
  onToken,
  onPart,
  onReset,
}: {
  id: string
  token: string
  split: TokenSplit
  labels: TokenSplitLabels
  locale: string
  /** Absent in the still picture: the fields keep what is typed, and the live widget takes it. */
  onToken?: (token: string) => void
  onPart?: (part: TextPart, text: string) => void
  onReset?: () => void
}) {
  const { problem } = split
  const markAt = problem?.code === 'ERR_SEGMENT_BASE64' ? problem.at : undefined
  const value = (text: string) => (onToken ? { value: text } : { defaultValue: text })
  const partField = (part: TextPart, tone: string) => {
    const text = split.text[part]
    const faulty = problem?.segment === part
    return (
      <div className="min-w-0 space-y-1">
        <label htmlFor={`${id}-${part}`} className={`block text-xs font-semibold ${tone}`}>
          {labels[part]}
        </label>
        <textarea
          id={`${id}-${part}`}
          name={part}
          {...value(text ?? '')}
          readOnly={text === undefined}
          onChange={onPart && ((event) => onPart(part, event.target.value))}
          spellCheck={false}
          rows={4}
          aria-invalid={faulty}
          aria-describedby={`${id}-status${text === undefined ? ` ${id}-${part}-note` : ''}`}
          className={`${field} ${tone}`}
          translate="no"
        />
        {text === undefined && (
          <p id={`${id}-${part}-note`} className="text-xs text-zinc-700 dark:text-zinc-300">
            {labels.notText}
          </p>
        )}
      </div>
    )
  }
  return (
    <div className="space-y-3">
      <div className="space-y-1">
        <label htmlFor={`${id}-token`} className="block text-sm font-medium">
          {labels.token}
        </label>
        <textarea
          id={`${id}-token`}
          name="token"
          {...value(token)}
          onChange={onToken && ((event) => onToken(event.target.value))}
          spellCheck={false}
          rows={4}
          aria-invalid={problem !== undefined}
          aria-describedby={`${id}-status`}
          className={field}
          translate="no"
        />
      </div>
      <ColouredParts token={token} mark={markAt} label={labels.token} />
      <div className="grid gap-3 sm:grid-cols-2">
        {partField('header', 'text-jwt-header')}
        {partField('payload', 'text-jwt-payload')}
      </div>
      <p className="text-sm">
        <span className="font-semibold text-jwt-signature">{labels.signature}</span>{' '}
        {split.signatureBytes === undefined
          ? labels.notText
          : formatMessage(labels.signatureBytes, { bytes: split.signatureBytes }, locale)}
      </p>
      <div
        id={`${id}-status`}
        role="status"
        aria-live="polite"
        className={`text-sm font-medium ${problem ? 'text-red-700 dark:text-red-300' : 'text-emerald-800 dark:text-emerald-300'}`}
        data-testid="split-status"
      >
        {problem ? problemMessage(problem, labels, locale) : labels.ok}
      </div>
      <button
        type="button"
        onClick={onReset}
        className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
      >
        {labels.reset}
      </button>
    </div>
  )
}
