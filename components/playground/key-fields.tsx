/**
 * @module Pieces the playground's key forms share (verify and sign, JWE decrypt and encrypt): how
 * a secret is written, and a key or code text with its copy button.
 */
import { SECRET_ENCODINGS, type SecretEncoding } from '@/lib/jwt/vocabulary'
import { CopyButton } from './copy-button'
import type { StringsFor } from './strings'

/** The three ways a secret can be written (UTF-8 text, base64url, hex), as radio buttons. */
export function SecretEncodingField({
  name,
  value,
  onChange,
  strings,
}: {
  /** The radio group's name, unique on the page. */
  name: string
  value: SecretEncoding
  onChange: (encoding: SecretEncoding) => void
  strings: StringsFor<'keys'>
}) {
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-medium">{strings.keys.secretEncoding}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {SECRET_ENCODINGS.map((encoding) => (
          <label key={encoding} className="inline-flex items-center gap-1.5">
            <input
              type="radio"
              name={name}
              value={encoding}
              checked={value === encoding}
              onChange={() => onChange(encoding)}
            />
            {strings.keys[encoding]}
          </label>
        ))}
      </div>
    </fieldset>
  )
}

const KEY_TEXT =
  'max-h-40 overflow-auto rounded-md bg-zinc-100 p-2 font-mono text-xs break-all whitespace-pre-wrap dark:bg-zinc-900'
const CODE_TEXT =
  'overflow-x-auto rounded-lg bg-zinc-950 p-3 font-mono text-xs text-zinc-100 dark:border dark:border-zinc-700 dark:bg-zinc-900'

/** A labelled key (`look: 'key'`) or code sample (`'code'`) with a copy button; keyboard-scrollable. */
export function CopyableText({
  label,
  text,
  look = 'key',
  strings,
}: {
  label: string
  text: string
  look?: 'key' | 'code'
  strings: StringsFor<'keys'>
}) {
  return (
    <div className="min-w-0">
      <div className="mb-1 flex items-center justify-between gap-2">
        <p className="text-xs font-semibold">{label}</p>
        <CopyButton
          text={text}
          name={label}
          labels={{
            copy: strings.keys.copy,
            copied: strings.keys.copied,
            failed: strings.keys.copyFailed,
          }}
        />
      </div>
      <pre
        className={look === 'key' ? KEY_TEXT : CODE_TEXT}
        tabIndex={0}
        aria-label={label}
        translate="no"
      >
        {text}
      </pre>
    </div>
  )
}
