/**
 * @module The picture of <JweDemo>: the same claims as a JWS (header and payload readable by
 * anyone) and as a JWE (five parts, only the protected header readable), the key that decrypts
 * and the outcome. No hooks: the server renders it as the still picture, JweLive the same markup.
 */
import { fill } from '@/lib/i18n/fill'
import { jweParts, type JwePartName } from '@/lib/lessons/jwe-parts'
import { BusyButton, ColouredToken, DecodedJson } from './token-parts'

export type JweLabels = {
  jwsTitle: string
  jwsNote: string
  jweTitle: string
  jweNote: string
  parts: Record<JwePartName, string>
  bytes: string
  empty: string
  readable: string
  opaque: string
  header: string
  payload: string
  token: string
  key: string
  keyHelp: string
  encrypt: string
  decrypt: string
  wrongKey: string
  working: string
  decrypted: string
  ready: string
  reencrypted: string
  triedKey: string
  encryptedWith: string
  errors: Record<JweErrorCode | 'other', string>
}

/** The failures a reader can cause here, each with its own message. */
export const JWE_ERROR_CODES = [
  'ERR_JWE_DECRYPTION_FAILED',
  'ERR_JWE_KEY_SIZE',
  'ERR_KEY_MISSING',
  'ERR_SECRET_ENCODING',
] as const
export type JweErrorCode = (typeof JWE_ERROR_CODES)[number]

export type JweFacts = {
  /** The key that encrypted the JWE (base64url), shown so a reader can always go back to it. */
  encryptKey: string
  jws: string
  jwsHeader: string
  jwsPayload: string
  labels: JweLabels
}

export type JweOutcome =
  | { kind: 'decrypted'; text: string }
  | { kind: 'failed'; message: string; tried?: string }
  | { kind: 'encrypted' }

const PART_TONE: Record<JwePartName, string> = {
  protected: 'text-jwt-header',
  encryptedKey: 'text-jwt-payload',
  iv: 'text-jwt-signature',
  ciphertext: 'text-jwt-payload',
  tag: 'text-jwt-signature',
}

const button =
  'rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm font-medium hover:bg-zinc-100 aria-disabled:opacity-60 dark:border-zinc-700 dark:bg-zinc-950 dark:hover:bg-zinc-800'

export function JweView({
  encryptKey,
  jws,
  jwsHeader,
  jwsPayload,
  labels,
  jwe,
  keyText,
  outcome,
  busy = false,
  onKeyChange,
  onEncrypt,
  onDecrypt,
  onWrongKey,
}: JweFacts & {
  jwe: string
  keyText: string
  outcome?: JweOutcome
  busy?: boolean
  onKeyChange?: (value: string) => void
  onEncrypt?: () => void
  onDecrypt?: () => void
  onWrongKey?: () => void
}) {
  const parts = jweParts(jwe) ?? []
  return (
    <div className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-2">
        <section className="min-w-0 space-y-2" aria-label={labels.jwsTitle}>
          <h3 className="text-sm font-semibold">{labels.jwsTitle}</h3>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">{labels.jwsNote}</p>
          <ColouredToken token={jws} label={labels.token} />
          <DecodedJson title={labels.header} json={jwsHeader} tone="header" />
          <DecodedJson title={labels.payload} json={jwsPayload} tone="payload" />
        </section>
        <section className="min-w-0 space-y-2" aria-label={labels.jweTitle}>
          <h3 className="text-sm font-semibold">{labels.jweTitle}</h3>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">{labels.jweNote}</p>
          <ol className="space-y-2" data-testid="jwe-parts">
            {parts.map((part, index) => (
              <li
                key={part.name}
                className="rounded-md bg-white p-2 text-sm dark:bg-zinc-950"
                data-part={part.name}
              >
                <p className="flex flex-wrap items-baseline justify-between gap-x-2">
                  <span className={`font-semibold ${PART_TONE[part.name]}`}>
                    {index + 1}. {labels.parts[part.name]}
                  </span>
                  <span className="text-xs text-zinc-600 dark:text-zinc-400">
                    {fill(labels.bytes, { count: part.bytes })}
                  </span>
                </p>
                <p className="font-mono text-xs break-all" translate="no">
                  {part.text || <span className="italic">{labels.empty}</span>}
                </p>
                <p className="mt-1 text-xs">
                  {part.bytes === 0 ? null : part.readable !== undefined ? (
                    <>
                      <span className="font-medium">{labels.readable}</span>{' '}
                      <code className="font-mono break-all" translate="no">
                        {part.readable}
                      </code>
                    </>
                  ) : (
                    <span className="text-zinc-600 dark:text-zinc-400">{labels.opaque}</span>
                  )}
                </p>
              </li>
            ))}
          </ol>
        </section>
      </div>
      <div className="space-y-2">
        <p className="text-sm">
          {labels.encryptedWith}{' '}
          <code
            className="rounded bg-white px-1.5 py-0.5 font-mono break-all dark:bg-zinc-950"
            translate="no"
          >
            {encryptKey}
          </code>
        </p>
        <label className="block text-sm font-medium" htmlFor="jwe-demo-key">
          {labels.key}
        </label>
        <input
          id="jwe-demo-key"
          name="key"
          aria-describedby="jwe-demo-key-help"
          className="w-full rounded-md border border-zinc-300 bg-white px-3 py-2 font-mono text-sm dark:border-zinc-700 dark:bg-zinc-950"
          spellCheck={false}
          autoComplete="off"
          translate="no"
          {...(onKeyChange
            ? { value: keyText, onChange: (event) => onKeyChange(event.target.value) }
            : { defaultValue: keyText })}
        />
        <p id="jwe-demo-key-help" className="text-xs text-zinc-600 dark:text-zinc-400">
          {labels.keyHelp}
        </p>
        <div className="flex flex-wrap gap-2">
          <BusyButton className={button} off={busy} onPress={onDecrypt}>
            {labels.decrypt}
          </BusyButton>
          <BusyButton className={button} off={busy} onPress={onWrongKey}>
            {labels.wrongKey}
          </BusyButton>
          <BusyButton className={button} off={busy} onPress={onEncrypt}>
            {labels.encrypt}
          </BusyButton>
        </div>
      </div>
      <div role="status" aria-live="polite" aria-busy={busy} className="text-sm">
        {busy ? (
          <p>{labels.working}</p>
        ) : outcome?.kind === 'decrypted' ? (
          <div className="space-y-2">
            <p className="inline-flex items-center gap-1.5 rounded-md bg-emerald-100 px-2 py-1 font-medium text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">
              <span aria-hidden="true">✓</span> {labels.decrypted}
            </p>
            <DecodedJson title={labels.payload} json={outcome.text} tone="payload" />
          </div>
        ) : outcome?.kind === 'failed' ? (
          <div className="space-y-1">
            {outcome.tried && (
              <p>
                {labels.triedKey}{' '}
                <code className="font-mono break-all" translate="no">
                  {outcome.tried}
                </code>
              </p>
            )}
            <p className="inline-flex items-center gap-1.5 rounded-md bg-red-100 px-2 py-1 font-medium text-red-900 dark:bg-red-950 dark:text-red-200">
              <span aria-hidden="true">✗</span> {outcome.message}
            </p>
          </div>
        ) : (
          <p>{outcome?.kind === 'encrypted' ? labels.reencrypted : labels.ready}</p>
        )}
      </div>
    </div>
  )
}
