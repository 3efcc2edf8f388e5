'use client'
/**
 * @module The input that takes anything (a token, a header, a cookie, curl, a URL, JSON), what
 * was found in it or why nothing was, a picker when it holds several tokens, and the token
 * coloured by part.
 */
import { startTransition, useState, type ReactNode } from 'react'
import type { DecodeResult } from '@/lib/jwt/decode'
import type { FindResult, FoundToken } from '@/lib/jwt/find'
import { fill } from '@/lib/i18n/fill'
import { WORKER_THRESHOLD } from '@/lib/playground/analysis'
import { DecodeProblem } from './decode-problem'
import { problemText } from './problem-text'
import type { StringsFor } from './strings'
import { PART_CLASS, TokenView } from './token-view'

export interface TokenInputProps {
  /** The textarea's id; the page reads what was pasted into it before hydration (use-saved-state). */
  id: string
  strings: StringsFor<
    | 'sources'
    | 'share'
    | 'parts'
    | 'loadExpired'
    | 'loadExample'
    | 'input'
    | 'clearAll'
    | 'problem'
    | 'editors'
    | 'jwt'
  >
  locale: string
  value: string
  onInput: (value: string) => void
  onLoadExample: () => void
  /** Loads the same example, expired, to see what that looks like. */
  onLoadExpired: () => void
  onClearAll: () => void
  /** Shown once after a share link's token was restored. */
  notice: 'restored' | null
  /** The token's algorithm verifies with a public key (else a secret): what the notice asks for. */
  needsPublicKey: boolean
  found: FindResult
  /** The token shown: the one picked, else the finder's best guess. */
  current: FoundToken | undefined
  /** The index the learner picked among several tokens; null follows the best guess. */
  picked: number | null
  onPick: (index: number) => void
  decoded: DecodeResult | undefined
  highlight: { start: number; end: number } | null
}

export function TokenInput(props: TokenInputProps) {
  const { strings, locale, found, current, decoded } = props
  const tokens = found.ok ? found.tokens : []
  const token = current?.token
  const foundText =
    found.ok && current
      ? fill(current.name ? strings.input.foundNamed : strings.input.found, {
          segments: current.segments,
          // A shared link's token arrives bare: say it came from the link, not "the pasted text".
          source:
            props.notice === 'restored' && current.source === 'bare'
              ? strings.sources.shared
              : strings.sources[current.source],
          name: current.name,
        })
      : null
  const inputError =
    !found.ok && found.code !== 'ERR_INPUT_EMPTY' ? problemText(strings, found, locale) : null
  const { id } = props
  // The textarea answers the keyboard from its own state. A long input reaches the page in a
  // transition: re-rendering the whole playground around a 64 KB token yields to the next key
  // instead of holding it up. A new value from the page (an example, a reset, a signed token)
  // replaces the draft; the page's echo of what was typed here equals it already.
  const [draft, setDraft] = useState(props.value)
  const [echoed, setEchoed] = useState(props.value)
  if (props.value !== echoed) {
    setEchoed(props.value)
    setDraft(props.value)
  }
  function onChange(value: string) {
    setDraft(value)
    if (value.length > WORKER_THRESHOLD || draft.length > WORKER_THRESHOLD)
      startTransition(() => props.onInput(value))
    else props.onInput(value)
  }
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-semibold">
        {strings.input.label}
      </label>
      <textarea
        id={id}
        value={draft}
        onChange={(e) => onChange(e.target.value)}
        rows={5}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        aria-describedby={`${id}-help ${id}-status`}
        aria-invalid={Boolean(inputError || (decoded && !decoded.ok))}
        className="block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 font-mono text-sm break-all dark:border-zinc-700 dark:bg-zinc-950"
      />
      <div className="flex flex-wrap gap-x-2 gap-y-1">
        <TextButton onClick={props.onLoadExample}>{strings.loadExample}</TextButton>
        <TextButton onClick={props.onLoadExpired}>{strings.loadExpired}</TextButton>
        <TextButton onClick={props.onClearAll} muted>
          {strings.clearAll}
        </TextButton>
      </div>
      <p id={`${id}-help`} className="text-xs text-zinc-600 dark:text-zinc-400">
        {strings.input.help}
      </p>
      <div id={`${id}-status`} aria-live="polite" className="space-y-1 text-sm">
        {props.notice === 'restored' && (
          <p className="font-medium text-indigo-800 dark:text-indigo-300">
            {props.needsPublicKey ? strings.share.restoredPublic : strings.share.restored}
          </p>
        )}
        {foundText && <p data-testid="found">{foundText}</p>}
        {inputError && <p className="font-medium text-red-700 dark:text-red-300">{inputError}</p>}
        {decoded && !decoded.ok && (
          <DecodeProblem decoded={decoded} strings={strings} locale={locale} />
        )}
      </div>
      {tokens.length > 1 && (
        <label className="flex flex-wrap items-center gap-2 text-sm">
          {fill(strings.input.pick, { count: tokens.length })}
          <select
            value={props.picked ?? tokens.indexOf(found.ok ? found.best : tokens[0]!)}
            onChange={(e) => props.onPick(Number(e.target.value))}
            className="rounded-md border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-950"
          >
            {tokens.map((t, i) => (
              <option key={`${t.start}`} value={i}>
                {fill(strings.input.pickOption, {
                  index: i + 1,
                  source: strings.sources[t.source],
                })}
              </option>
            ))}
          </select>
        </label>
      )}
      {token && decoded && (
        <>
          <TokenView
            token={token}
            segments={decoded.segments}
            label={strings.input.tokenLabel}
            highlight={props.highlight}
            {...(!decoded.ok &&
              decoded.code === 'ERR_SEGMENT_BASE64' &&
              decoded.at !== undefined && { errorAt: decoded.at })}
          />
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-hidden="true">
            {(decoded.segments.length === 5 ? JWE_PARTS : JWS_PARTS).map((part) => (
              <li key={part} className={PART_CLASS[part]}>
                ■ {strings.parts[part]}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}

const JWS_PARTS = ['header', 'payload', 'signature'] as const
const JWE_PARTS = ['header', 'encryptedKey', 'iv', 'ciphertext', 'tag'] as const

/** A small underlined button beside the input (the examples, clear everything). */
function TextButton({
  onClick,
  muted = false,
  children,
}: {
  onClick: () => void
  muted?: boolean
  children: ReactNode
}) {
  const colour = muted ? 'text-zinc-700 dark:text-zinc-300' : 'text-indigo-700 dark:text-indigo-300'
  return (
    <button
      type="button"
      onClick={onClick}
      className={`rounded-md px-2 py-1 text-xs font-medium underline underline-offset-4 ${colour}`}
    >
      {children}
    </button>
  )
}
