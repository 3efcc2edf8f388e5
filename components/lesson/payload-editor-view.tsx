/**
 * @module The picture of <PayloadEditor>: the payload textarea, the secret, the token and whether
 * its signature changed. No hooks, so the server renders it as the still picture and the live
 * PayloadEditorClient renders the same markup.
 */
import { ColouredToken, PartLegend, type PartLabels } from './token-parts'

export type PayloadEditorLabels = {
  editor: string
  token: string
  secret: string
  invalidJson: string
  changed: string
  same: string
  reset: string
  signature: string
  parts: PartLabels
}

export function PayloadEditorView({
  id,
  secret,
  text,
  initialText,
  token,
  changed,
  invalid,
  labels,
  onText,
}: {
  id: string
  secret: string
  text: string
  initialText: string
  token: string
  changed: boolean
  invalid: boolean
  labels: PayloadEditorLabels
  /** Absent in the still picture: the textarea is then a plain field until the editor is live. */
  onText?: (text: string) => void
}) {
  return (
    <div className="space-y-3">
      <label htmlFor={`${id}-payload`} className="sr-only">
        {labels.editor}
      </label>
      <textarea
        id={`${id}-payload`}
        name="payload"
        {...(onText
          ? { value: text, onChange: (event) => onText(event.target.value) }
          : { defaultValue: text })}
        spellCheck={false}
        rows={Math.min(10, text.split('\n').length + 1)}
        aria-invalid={invalid}
        aria-describedby={`${id}-status`}
        className="w-full rounded-md border border-zinc-300 bg-white p-3 font-mono text-sm text-jwt-payload dark:border-zinc-700 dark:bg-zinc-950"
      />
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <span>
          {labels.secret}:{' '}
          <code className="rounded bg-white px-1.5 py-0.5 font-mono break-all dark:bg-zinc-950">
            {secret}
          </code>
        </span>
        <button
          type="button"
          onClick={onText && (() => onText(initialText))}
          disabled={text === initialText}
          className="rounded-md border border-zinc-300 px-3 py-1 font-medium hover:bg-white disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-950"
        >
          {labels.reset}
        </button>
      </div>
      <ColouredToken
        token={token}
        label={labels.token}
        highlight={changed ? 'signature' : undefined}
      />
      <PartLegend labels={labels.parts} />
      <p id={`${id}-status`} role="status" aria-live="polite" className="text-sm">
        {invalid ? (
          <span className="text-red-800 dark:text-red-300">{labels.invalidJson}</span>
        ) : changed ? (
          labels.changed
        ) : (
          labels.same
        )}
      </p>
    </div>
  )
}
