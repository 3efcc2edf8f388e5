'use client'
/**
 * @module The key panel: the algorithm the verifier allows, then a secret (UTF-8, base64url or
 * hex) for HS*, or a public key (PEM, JWK or a JWKS searched by kid) and a private key for the
 * others, and "generate" for a fresh secret or key pair shown as PEM and JWK.
 */
import type { ReactNode } from 'react'
import { SUPPORTED_ALGORITHMS } from '@/lib/jwt/algorithms'
import { fill } from '@/lib/i18n/fill'
import type { Generated, KeyFields } from '@/lib/playground/playground-state'
import { CopyableText, SecretEncodingField } from './key-fields'
import type { StringsFor } from './strings'

import type { PublicFormat, SecretEncoding } from '@/lib/jwt/vocabulary'

export type { SecretEncoding, PublicFormat }

export type { Generated, KeyFields }

/**
 * The algorithms offered: RFC 7518's, then Ed25519 (RFC 9864's name, preferred) right before
 * EdDSA, the deprecated name of the same algorithm that older tokens still carry.
 */
export const PICKER_ALGORITHMS = [
  ...SUPPORTED_ALGORITHMS.filter((a) => a !== 'Ed25519' && a !== 'EdDSA'),
  'Ed25519',
  'EdDSA',
] as const

/** The id of the secret's input in the panel `id`. */
export const secretFieldId = (id: string) => `${id}-secret`

export interface KeyPanelProps {
  /** The panel's id, which its fields' ids start with (the page reads the secret by its id). */
  id: string
  strings: StringsFor<'keys'>
  alg: string
  onAlg: (alg: string) => void
  /** The token's own alg, to explain the allow-list. */
  tokenAlg: string | undefined
  /** The secret, public and private key fields, as one object. */
  keys: KeyFields
  /** A change to one or more of the fields. */
  onKeys: (patch: Partial<KeyFields>) => void
  /** Edit mode: the secret or private key signs. */
  editing: boolean
  /** Why the verification key cannot be used, in the page's language. */
  keyError?: string | undefined
  /** Why signing failed. */
  signError?: string | undefined
  /** What an auto-detected public key was read as. */
  detected?: string | undefined
  onGenerate: () => void
  generating: boolean
  generated: Generated | null
  /** A JWE on screen: its decryption key fields, shown first (the panel's JWE mode). */
  jweKey?: ReactNode
  /** With `jweKey`: what the signing keys below are then for (a nested token's signature). */
  jweNote?: string
}

const field =
  'block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 font-mono text-sm dark:border-zinc-700 dark:bg-zinc-950'
const errorText = 'mt-1 text-sm font-medium text-red-700 dark:text-red-300'
const button =
  'rounded-lg border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-zinc-800'

export function KeyPanel(props: KeyPanelProps) {
  const { strings, keys } = props
  const s = strings.keys
  const { id } = props
  const hmac = props.alg.startsWith('HS')
  const mismatch = props.tokenAlg !== undefined && props.tokenAlg !== props.alg
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4" data-testid="key-panel">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {s.title}
      </h2>
      {props.jweKey}
      {props.jweKey && props.jweNote && (
        <p className="text-sm font-medium text-zinc-700 dark:text-zinc-300">{props.jweNote}</p>
      )}
      <div>
        <label htmlFor={`${id}-alg`} className="mb-1 block text-sm font-medium">
          {s.algorithm}
        </label>
        <select
          id={`${id}-alg`}
          value={props.alg}
          onChange={(e) => props.onAlg(e.target.value)}
          aria-describedby={`${id}-alg-help`}
          className="rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-950"
        >
          {PICKER_ALGORITHMS.map((alg) => (
            <option key={alg} value={alg}>
              {alg === 'EdDSA' ? fill(s.algorithmLegacyName, { alg, name: 'Ed25519' }) : alg}
            </option>
          ))}
        </select>
        <p
          id={`${id}-alg-help`}
          className={`mt-1 text-sm ${mismatch ? 'font-medium text-red-700 dark:text-red-300' : 'text-zinc-600 dark:text-zinc-400'}`}
        >
          {mismatch && !props.editing
            ? fill(s.algorithmMismatch, { alg: props.tokenAlg, allowed: props.alg })
            : props.tokenAlg
              ? fill(s.algorithmHelp, { alg: props.tokenAlg })
              : s.algorithmHelpNoToken}
        </p>
      </div>

      {hmac ? (
        <>
          <div>
            <label htmlFor={secretFieldId(id)} className="mb-1 block text-sm font-medium">
              {s.secret}
              {props.editing && (
                <span className="ml-2 text-xs font-normal">({s.signingSecret})</span>
              )}
            </label>
            <textarea
              id={secretFieldId(id)}
              value={keys.secret}
              onChange={(e) => props.onKeys({ secret: e.target.value })}
              rows={2}
              spellCheck={false}
              autoComplete="off"
              autoCapitalize="off"
              aria-invalid={Boolean(props.keyError)}
              aria-describedby={props.keyError ? `${id}-key-error` : undefined}
              className={field}
            />
            {props.keyError && (
              <p id={`${id}-key-error`} className={errorText}>
                {props.keyError}
              </p>
            )}
          </div>
          <SecretEncodingField
            name={`${id}-encoding`}
            value={keys.secretEncoding}
            onChange={(secretEncoding) => props.onKeys({ secretEncoding })}
            strings={strings}
          />
        </>
      ) : (
        <>
          <div>
            <div className="mb-1 flex flex-wrap items-end justify-between gap-2">
              <label htmlFor={`${id}-public`} className="block text-sm font-medium">
                {s.publicKey}
              </label>
              <label className="inline-flex items-center gap-1.5 text-xs">
                {s.format}
                <select
                  value={keys.publicFormat}
                  onChange={(e) => props.onKeys({ publicFormat: e.target.value as PublicFormat })}
                  className="rounded-md border border-zinc-300 bg-white px-1.5 py-0.5 dark:border-zinc-700 dark:bg-zinc-950"
                >
                  {(['auto', 'pem', 'jwk', 'jwks'] as const).map((f) => (
                    <option key={f} value={f}>
                      {s[f]}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <textarea
              id={`${id}-public`}
              value={keys.publicKey}
              onChange={(e) => props.onKeys({ publicKey: e.target.value })}
              rows={4}
              spellCheck={false}
              autoComplete="off"
              aria-invalid={Boolean(props.keyError)}
              aria-describedby={`${id}-public-help${props.keyError ? ` ${id}-key-error` : ''}`}
              className={field}
            />
            <p id={`${id}-public-help`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
              {s.publicKeyHelp}
              {props.detected && ` ${fill(s.detected, { kind: props.detected })}`}
            </p>
            {props.keyError && (
              <p id={`${id}-key-error`} className={errorText}>
                {props.keyError}
              </p>
            )}
          </div>
          <div>
            <label htmlFor={`${id}-private`} className="mb-1 block text-sm font-medium">
              {s.privateKey}
              {props.editing && <span className="ml-2 text-xs font-normal">({s.signingKey})</span>}
            </label>
            <textarea
              id={`${id}-private`}
              value={keys.privateKey}
              onChange={(e) => props.onKeys({ privateKey: e.target.value })}
              rows={3}
              spellCheck={false}
              autoComplete="off"
              aria-describedby={`${id}-private-help${props.signError ? ` ${id}-sign-error` : ''}`}
              aria-invalid={Boolean(props.signError)}
              className={field}
            />
            <p id={`${id}-private-help`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
              {s.privateKeyHelp}
            </p>
          </div>
        </>
      )}
      {props.signError && (
        <p id={`${id}-sign-error`} className={errorText} role="alert">
          {props.signError}
        </p>
      )}

      <div className="space-y-3">
        <button
          type="button"
          className={button}
          onClick={props.onGenerate}
          disabled={props.generating}
        >
          {props.generating
            ? s.generating
            : hmac
              ? s.generateSecret
              : fill(s.generatePair, { alg: props.alg })}
        </button>
        {props.generated?.kind === 'secret' && (
          <div className="space-y-2 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
            <p className="text-sm">{fill(s.generatedSecret, { bytes: props.generated.bytes })}</p>
            <CopyableText
              label={`${s.secret} (${s.base64url})`}
              text={props.generated.base64url}
              strings={strings}
            />
            <CopyableText
              label={`${s.secret} (${s.hex})`}
              text={props.generated.hex}
              strings={strings}
            />
            <CopyableText label={s.secretJwk} text={props.generated.jwk} strings={strings} />
          </div>
        )}
        {props.generated?.kind === 'pair' && (
          <div
            className="space-y-2 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800"
            data-testid="generated-pair"
          >
            <p className="text-sm">{s.generatedPair}</p>
            <div className="grid gap-2 sm:grid-cols-2">
              <CopyableText
                label={s.publicPem}
                text={props.generated.publicPem}
                strings={strings}
              />
              <CopyableText
                label={s.privatePem}
                text={props.generated.privatePem}
                strings={strings}
              />
              <CopyableText
                label={s.publicJwk}
                text={props.generated.publicJwk}
                strings={strings}
              />
              <CopyableText
                label={s.privateJwk}
                text={props.generated.privateJwk}
                strings={strings}
              />
            </div>
          </div>
        )}
      </div>
    </section>
  )
}
