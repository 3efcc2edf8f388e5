/**
 * @module The picture of <TamperDemo>: a switch, the token, its payload and the verdict. No hooks,
 * so the server renders it as the still picture and the live TamperToggle renders the same markup.
 */
import { ColouredToken, DecodedJson, VerifyBadge } from './token-parts'

export type TamperLabels = {
  toggle: string
  token: string
  secret: string
  payload: string
  original: string
  changed: string
  verified: string
  notVerified: string
}

export type TamperFacts = {
  original: string
  tampered: string
  secret: string
  originalPayload: string
  tamperedPayload: string
  labels: TamperLabels
}

export function TamperView({
  original,
  tampered,
  secret,
  originalPayload,
  tamperedPayload,
  labels,
  on,
  valid,
  onToggle,
}: TamperFacts & {
  on: boolean
  /** The verdict on the token shown; undefined while Web Crypto is still checking it. */
  valid: boolean | undefined
  onToggle?: () => void
}) {
  const token = on ? tampered : original
  return (
    <div className="space-y-3">
      <button
        type="button"
        role="switch"
        aria-checked={on}
        onClick={onToggle}
        className="group inline-flex items-center gap-3 rounded-md text-sm font-medium"
      >
        <span
          aria-hidden="true"
          className="relative h-6 w-11 rounded-full bg-zinc-400 transition-colors group-aria-checked:bg-red-700 dark:bg-zinc-600 dark:group-aria-checked:bg-red-400"
        >
          <span className="absolute top-1 left-1 size-4 rounded-full bg-white transition-transform group-aria-checked:translate-x-5" />
        </span>
        {labels.toggle}
      </button>
      <ColouredToken token={token} label={labels.token} highlight={on ? 'payload' : undefined} />
      <DecodedJson
        title={labels.payload}
        json={on ? tamperedPayload : originalPayload}
        tone="payload"
      />
      <p className="text-sm">
        {labels.secret}:{' '}
        <code className="rounded bg-white px-1.5 py-0.5 font-mono break-all dark:bg-zinc-950">
          {secret}
        </code>
      </p>
      <div
        role="status"
        aria-live="polite"
        className="space-y-2 text-sm"
        aria-busy={valid === undefined}
      >
        <p>{on ? labels.changed : labels.original}</p>
        {valid !== undefined && (
          <VerifyBadge ok={valid} labels={{ ok: labels.verified, fail: labels.notVerified }} />
        )}
      </div>
    </div>
  )
}
