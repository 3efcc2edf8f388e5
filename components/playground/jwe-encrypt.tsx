'use client'
/**
 * @module The encrypt form (its heading is the page's, so it shows before this loads): the payload on screen or the signed token (a nested JWT), an `alg`
 * and `enc`, a key (typed or generated for that algorithm), and the JWE jose makes of them in
 * this browser, with "decrypt it here" and the same in code (jose, jwcrypto).
 */
import { useId, useMemo, useState } from 'react'
import {
  DEFAULT_PBES2_COUNT,
  ECDH_CURVES,
  JWE_ALGORITHMS,
  JWE_ENCRYPTIONS,
  jweKeyKind,
  secretBytesFor,
  type EcdhCurve,
  type JweAlgorithm,
  type JweEncryption,
} from '@/lib/jwt/jwe-algorithms'
import type { SecretEncoding } from '@/lib/jwt/vocabulary'
import { loadJwt } from '@/lib/playground/crypto'
import { fill } from '@/lib/i18n/fill'
import { jweSnippets } from '@/lib/playground/jwe-snippets'
import type { GeneratedJwe, JweFields, JweState } from '@/lib/playground/jwe-state'
import type { PlaygroundAction } from '@/lib/playground/playground-state'
import { CopyButton } from './copy-button'
import { CopyableText } from './key-fields'
import { problemText } from './problem-text'
import type { StringsFor } from './strings'

export interface JweEncryptProps {
  strings: StringsFor<'jwe' | 'jwt' | 'keys'>
  locale: string
  jwe: JweState
  dispatch: (action: PlaygroundAction) => void
  /** The payload JSON on screen. */
  payloadText: string
  /** The signed token on screen, when there is one (for a nested JWT). */
  jwsToken: string | undefined
}

const field =
  'block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 font-mono text-sm dark:border-zinc-700 dark:bg-zinc-950'
const select =
  'rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-950'
const button =
  'rounded-lg border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-zinc-800'
const pre =
  'max-h-48 overflow-auto rounded-md bg-zinc-100 p-2 font-mono text-xs break-all whitespace-pre-wrap dark:bg-zinc-900'

function payloadObject(text: string): Record<string, unknown> | string {
  try {
    const value: unknown = JSON.parse(text)
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : text
  } catch {
    return text
  }
}

export function JweEncrypt({
  strings,
  locale,
  jwe,
  dispatch,
  payloadText,
  jwsToken,
}: JweEncryptProps) {
  const id = useId()
  const s = strings.jwe.encrypt
  const [busy, setBusy] = useState<'encrypt' | 'generate' | null>(null)
  const kind = jweKeyKind(jwe.alg)
  const set = (patch: Partial<JweFields>) => dispatch({ type: 'jwe-set', patch })
  const source = jwe.source === 'jws' && !jwsToken ? 'payload' : jwe.source
  const plaintext = source === 'jws' ? jwsToken! : payloadText
  const keyHelp =
    kind === 'secret'
      ? fill(s.keyHelp.secret, { bytes: secretBytesFor(jwe.alg, jwe.enc) })
      : fill(s.keyHelp[kind], { crv: jwe.crv, p2c: DEFAULT_PBES2_COUNT.toLocaleString(locale) })
  const code = useMemo(
    () =>
      jweSnippets({
        alg: jwe.alg,
        enc: jwe.enc,
        plaintext: source === 'jws' ? plaintext : payloadObject(plaintext),
        secretEncoding: jwe.encryptEncoding,
        p2c: DEFAULT_PBES2_COUNT,
      }),
    [jwe.alg, jwe.enc, source, plaintext, jwe.encryptEncoding],
  )

  async function encrypt() {
    setBusy('encrypt')
    try {
      const jwt = await loadJwt()
      const result = await jwt.encryptJwe(plaintext, {
        alg: jwe.alg,
        enc: jwe.enc,
        key: { text: jwe.encryptKey, encoding: jwe.encryptEncoding },
        ...(source === 'jws' && { cty: 'JWT' }),
      })
      dispatch(
        result.ok
          ? { type: 'jwe-encrypted', token: result.token, error: null }
          : { type: 'jwe-encrypted', token: null, error: result },
      )
    } finally {
      setBusy(null)
    }
  }

  async function generate() {
    setBusy('generate')
    try {
      const jwt = await loadJwt()
      const key = await jwt.generateJweKey(jwe.alg, jwe.enc, jwe.crv)
      if (!key.ok) {
        dispatch({ type: 'jwe-encrypted', token: null, error: key })
        return
      }
      const generated: GeneratedJwe & { ok?: true } = { ...key }
      delete generated.ok
      const patch: Partial<JweFields> =
        key.kind === 'secret'
          ? { encryptKey: key.base64url, encryptEncoding: 'base64url' }
          : key.kind === 'password'
            ? { encryptKey: key.password }
            : { encryptKey: key.publicPem }
      dispatch({ type: 'jwe-generated', generated, patch })
    } finally {
      setBusy(null)
    }
  }

  function openHere(token: string) {
    const g = jwe.generated
    const decryptKey =
      kind === 'rsa' || kind === 'ecdh'
        ? g?.kind === 'pair'
          ? g.privatePem
          : jwe.decryptKey
        : jwe.encryptKey
    dispatch({ type: 'jwe-open', token, decryptKey, decryptEncoding: jwe.encryptEncoding })
    document.querySelector('[data-testid="token-view"]')?.scrollIntoView?.({ block: 'center' })
  }

  const made = jwe.encrypted.token
  return (
    <div className="space-y-4">
      <fieldset>
        <legend className="mb-1 text-sm font-medium">{s.source}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {(['payload', 'jws'] as const).map((value) => (
            <label key={value} className="inline-flex items-center gap-1.5">
              <input
                type="radio"
                name={`${id}-source`}
                value={value}
                checked={source === value}
                disabled={value === 'jws' && !jwsToken}
                onChange={() => set({ source: value })}
              />
              {value === 'payload' ? s.sourcePayload : s.sourceJws}
            </label>
          ))}
        </div>
        {!jwsToken && <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">{s.noJws}</p>}
      </fieldset>
      <div className="flex flex-wrap gap-4">
        <label className="text-sm font-medium">
          <span className="mb-1 block">{s.alg}</span>
          <select
            className={select}
            value={jwe.alg}
            onChange={(e) => set({ alg: e.target.value as JweAlgorithm })}
          >
            {JWE_ALGORITHMS.map((alg) => (
              <option key={alg} value={alg}>
                {alg}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          <span className="mb-1 block">{s.enc}</span>
          <select
            className={select}
            value={jwe.enc}
            onChange={(e) => set({ enc: e.target.value as JweEncryption })}
          >
            {JWE_ENCRYPTIONS.map((enc) => (
              <option key={enc} value={enc}>
                {enc}
              </option>
            ))}
          </select>
        </label>
        {kind === 'ecdh' && (
          <label className="text-sm font-medium">
            <span className="mb-1 block">{s.crv}</span>
            <select
              className={select}
              value={jwe.crv}
              onChange={(e) => set({ crv: e.target.value as EcdhCurve })}
            >
              {ECDH_CURVES.map((crv) => (
                <option key={crv} value={crv}>
                  {crv}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">{s.refusedNote}</p>
      <div>
        <label htmlFor={`${id}-key`} className="mb-1 block text-sm font-medium">
          {s.key}
        </label>
        <textarea
          id={`${id}-key`}
          value={jwe.encryptKey}
          onChange={(e) => set({ encryptKey: e.target.value })}
          rows={kind === 'rsa' || kind === 'ecdh' ? 4 : 2}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          aria-describedby={`${id}-key-help${jwe.encrypted.error ? ` ${id}-error` : ''}`}
          aria-invalid={Boolean(jwe.encrypted.error)}
          className={field}
        />
        <p id={`${id}-key-help`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          {keyHelp}
        </p>
      </div>
      {kind === 'secret' && (
        // A select, not radios: the key panel's own encoding radios keep their names unique.
        <label className="block text-sm font-medium">
          <span className="mb-1 block">{strings.keys.secretEncoding}</span>
          <select
            className={select}
            value={jwe.encryptEncoding}
            onChange={(e) => set({ encryptEncoding: e.target.value as SecretEncoding })}
          >
            {(['utf8', 'base64url', 'hex'] as const).map((enc) => (
              <option key={enc} value={enc}>
                {strings.keys[enc]}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={button} onClick={generate} disabled={busy !== null}>
          {busy === 'generate' ? strings.keys.generating : fill(s.generate, { alg: jwe.alg })}
        </button>
        <button
          type="button"
          className={`${button} border-indigo-400 bg-indigo-50 dark:border-indigo-700 dark:bg-indigo-950`}
          onClick={encrypt}
          disabled={busy !== null || !plaintext}
        >
          {busy === 'encrypt' ? s.encrypting : s.button}
        </button>
      </div>
      {jwe.generated && <GeneratedKey generated={jwe.generated} strings={strings} />}
      {jwe.encrypted.error && (
        <p
          id={`${id}-error`}
          role="alert"
          className="text-sm font-medium text-red-700 dark:text-red-300"
        >
          {problemText(strings, jwe.encrypted.error, locale)}
        </p>
      )}
      {made && (
        <div className="space-y-2" data-testid="jwe-made">
          <div className="flex items-center justify-between gap-2">
            <p className="text-sm font-semibold">{s.result}</p>
            <CopyButton
              text={made}
              name={s.result}
              labels={{
                copy: strings.keys.copy,
                copied: strings.keys.copied,
                failed: strings.keys.copyFailed,
              }}
            />
          </div>
          <pre className={pre} tabIndex={0} aria-label={s.result} translate="no">
            {made}
          </pre>
          <button
            type="button"
            className={button}
            onClick={() => openHere(made)}
            aria-describedby={`${id}-open-help`}
          >
            {s.open}
          </button>
          <p id={`${id}-open-help`} className="text-xs text-zinc-600 dark:text-zinc-400">
            {s.openHelp}
          </p>
        </div>
      )}
      <details className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
        <summary className="cursor-pointer text-sm font-semibold">{s.codeTitle}</summary>
        <div className="mt-3 space-y-3">
          {(['jose', 'jwcrypto'] as const).map((lib) => (
            <CopyableText key={lib} label={s[lib]} text={code[lib]} look="code" strings={strings} />
          ))}
        </div>
      </details>
    </div>
  )
}

function GeneratedKey({
  generated,
  strings,
}: {
  generated: JweState['generated'] & object
  strings: StringsFor<'jwe' | 'keys'>
}) {
  const s = strings.jwe.encrypt
  const k = strings.keys
  const blocks: Array<[string, string]> =
    generated.kind === 'secret'
      ? [
          [`${k.secret} (${k.base64url})`, generated.base64url],
          [`${k.secret} (${k.hex})`, generated.hex],
          [k.secretJwk, generated.jwk],
        ]
      : generated.kind === 'password'
        ? [[s.password, generated.password]]
        : [
            [k.publicPem, generated.publicPem],
            [k.privatePem, generated.privatePem],
            [k.publicJwk, generated.publicJwk],
            [k.privateJwk, generated.privateJwk],
          ]
  return (
    <div
      className="space-y-2 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800"
      data-testid="jwe-generated"
    >
      <p className="text-sm">
        {generated.kind === 'secret'
          ? fill(s.generatedSecret, { bytes: generated.bytes })
          : generated.kind === 'password'
            ? s.generatedPassword
            : s.generatedPair}
      </p>
      <div className="grid gap-2 sm:grid-cols-2">
        {blocks.map(([label, text]) => (
          <CopyableText key={label} label={label} text={text} strings={strings} />
        ))}
      </div>
    </div>
  )
}
