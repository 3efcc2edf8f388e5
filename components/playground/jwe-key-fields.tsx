'use client'
/**
 * @module The key panel's JWE mode: the key that decrypts the token on screen, asked for as the
 * header's `alg` needs it (a secret with its encoding, a private PEM/JWK, a password), with why
 * it does not work right under it.
 */
import { useId, useMemo } from 'react'
import type { DecodedJwe } from '@/lib/jwt/decode'
import { jweKeyKind, secretBytesFor } from '@/lib/jwt/jwe-algorithms'
import { checkJweStructure } from '@/lib/jwt/jwe-structure'
import type { SecretEncoding } from '@/lib/jwt/vocabulary'
import { fill } from '@/lib/i18n/fill'
import { SecretEncodingField } from './key-fields'
import type { StringsFor } from './strings'

export interface JweKeyFieldsProps {
  strings: StringsFor<'jwe' | 'keys'>
  decoded: DecodedJwe
  /** The `epk` curve, for ECDH-ES. */
  crv: string | undefined
  value: string
  encoding: SecretEncoding
  onChange: (patch: { decryptKey?: string; decryptEncoding?: SecretEncoding }) => void
  error?: string | undefined
}

const field =
  'block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 font-mono text-sm dark:border-zinc-700 dark:bg-zinc-950'

export function JweKeyFields({
  strings,
  decoded,
  crv,
  value,
  encoding,
  onChange,
  error,
}: JweKeyFieldsProps) {
  const id = useId()
  const s = strings.jwe
  // The header's algorithms once checked; none when the token cannot be decrypted here.
  const checked = useMemo(() => checkJweStructure(decoded), [decoded])
  const algs = checked.ok ? checked : undefined
  const kind = algs ? jweKeyKind(algs.alg) : undefined
  const help = !algs
    ? s.keyHelp.unknown
    : kind === 'secret'
      ? fill(s.keyHelp.secret, {
          bytes: secretBytesFor(algs.alg, algs.enc),
          alg: algs.alg === 'dir' ? algs.enc : algs.alg,
        })
      : fill(s.keyHelp[kind!], { crv })
  return (
    <div
      className="space-y-3 rounded-lg border border-indigo-200 bg-indigo-50/60 p-3 dark:border-indigo-900 dark:bg-indigo-950/30"
      data-testid="jwe-key"
    >
      <div>
        <label htmlFor={`${id}-key`} className="mb-1 block text-sm font-medium">
          {s.keyTitle}
          {algs && (
            <span className="ml-2 font-mono text-xs font-normal">
              {algs.alg} · {algs.enc}
            </span>
          )}
        </label>
        <textarea
          id={`${id}-key`}
          value={value}
          onChange={(e) => onChange({ decryptKey: e.target.value })}
          rows={kind === 'rsa' || kind === 'ecdh' ? 4 : 2}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          disabled={!algs}
          aria-invalid={Boolean(error)}
          aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
          className={field}
        />
        <p id={`${id}-help`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          {help}
        </p>
        {error && (
          <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">
            {error}
          </p>
        )}
      </div>
      {kind === 'secret' && (
        <SecretEncodingField
          name={`${id}-encoding`}
          value={encoding}
          onChange={(decryptEncoding) => onChange({ decryptEncoding })}
          strings={strings}
        />
      )}
    </div>
  )
}
