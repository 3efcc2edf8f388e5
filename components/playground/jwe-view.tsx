'use client'
/**
 * @module The JWE view: what anyone can read (the protected header, explained parameter by
 * parameter) and what only the key holder can (the other four parts, with their lengths), then
 * the decrypted content; a signed token inside is shown coloured and verified with the key panel.
 */
import { useId, useMemo, type ReactNode } from 'react'
import type { DecodedJwe, DecodeResult } from '@/lib/jwt/decode'
import { MAX_PBES2_COUNT } from '@/lib/jwt/jwe-algorithms'
import { checkJweStructure } from '@/lib/jwt/jwe-structure'
import type { DecryptResult } from '@/lib/jwt/crypto'
import { fill } from '@/lib/i18n/fill'
import { problemText } from './problem-text'
import type { StringsFor } from './strings'
import { PART_CLASS, TokenView } from './token-view'

export interface JweViewProps {
  strings: StringsFor<'jwe' | 'jwt' | 'parts'>
  locale: string
  decoded: DecodedJwe
  result: DecryptResult | undefined
  hasKey: boolean
  /** The signed token inside, decoded, and its verdict (rendered by the page). */
  nested?: { token: string; decoded: DecodeResult; verdict: ReactNode } | undefined
}

const card = 'rounded-lg border border-zinc-200 p-4 dark:border-zinc-800'

function paramValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2)
  } catch {
    return text
  }
}

export function JweView(props: JweViewProps) {
  const { strings, locale, decoded, result } = props
  const s = strings.jwe
  const id = useId()
  const params = s.params as Record<string, string>
  // Why it cannot be decrypted whatever the key (from the header alone), else why not with this one.
  const checked = useMemo(() => checkJweStructure(decoded), [decoded])
  const problem = !checked.ok ? checked : result && !result.ok ? result : undefined
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4" data-testid="jwe-view">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {s.title}
      </h2>
      <p className="rounded-lg border border-indigo-200 bg-indigo-50 p-3 text-sm text-indigo-950 dark:border-indigo-900 dark:bg-indigo-950/40 dark:text-indigo-50">
        {s.readable}
      </p>

      <div className={card}>
        <h3 className="mb-2 font-semibold">{s.partsTitle}</h3>
        <ol className="space-y-2 text-sm" aria-label={s.partsTitle}>
          {decoded.segments.map((range, i) => {
            const name = range.name as keyof typeof s.parts
            const bytes = decoded.byteLengths[i] ?? 0
            return (
              <li
                key={range.name}
                className="flex flex-wrap items-baseline gap-x-2"
                data-testid={`jwe-part-${range.name}`}
              >
                <span className={`font-semibold ${PART_CLASS[range.name] ?? ''}`}>
                  {s.parts[name]}
                </span>
                <span className="font-mono text-xs text-zinc-700 dark:text-zinc-300">
                  {bytes === 0 ? s.empty : fill(s.bytes, { bytes })}
                </span>
                <span className="basis-full text-xs text-zinc-600 dark:text-zinc-400">
                  {s.partHelp[name]}
                </span>
              </li>
            )
          })}
        </ol>
      </div>

      <div className={card}>
        <h3 className="mb-2 font-semibold">{s.headerTitle}</h3>
        <dl className="space-y-2 text-sm">
          {Object.entries(decoded.header).map(([name, value]) => (
            <div key={name} data-testid={`jwe-param-${name}`}>
              <dt className="font-mono">
                <span className="font-semibold">{name}</span>:{' '}
                <span className="break-all">{paramValue(value)}</span>
              </dt>
              <dd className="text-zinc-700 dark:text-zinc-300">
                {fill(params[name] ?? params.other!, {
                  limit: MAX_PBES2_COUNT.toLocaleString(locale),
                })}
              </dd>
            </div>
          ))}
        </dl>
      </div>

      {problem ? (
        <div
          role="alert"
          className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-50"
          data-testid="jwe-problem"
          data-code={problem.code}
        >
          <p className="font-semibold">{s.problemTitle}</p>
          <p>{problemText(strings, problem, locale)}</p>
        </div>
      ) : !props.hasKey ? (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{s.needKey}</p>
      ) : !result ? (
        <p className="text-sm text-zinc-700 dark:text-zinc-300" aria-live="polite">
          {s.decrypting}
        </p>
      ) : (
        result.ok && (
          <div className="space-y-3" data-testid="jwe-decrypted">
            <p
              role="status"
              className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950/40 dark:text-emerald-50"
            >
              {fill(s.decrypted, { alg: result.alg, enc: result.enc })}
            </p>
            {props.nested ? (
              <div className="space-y-3">
                <h3 className="font-semibold">{s.nestedTitle}</h3>
                <p className="text-sm text-zinc-700 dark:text-zinc-300">{s.nestedHelp}</p>
                <TokenView
                  token={props.nested.token}
                  segments={props.nested.decoded.segments}
                  label={s.nestedToken}
                />
                {props.nested.verdict}
                {props.nested.decoded.ok &&
                  props.nested.decoded.kind === 'jws' &&
                  props.nested.decoded.payload && (
                    <pre
                      className="max-h-64 overflow-auto rounded-lg bg-zinc-100 p-3 font-mono text-xs whitespace-pre-wrap dark:bg-zinc-900"
                      tabIndex={0}
                      aria-label={strings.parts.payload}
                    >
                      {pretty(props.nested.decoded.payload.text ?? '')}
                    </pre>
                  )}
              </div>
            ) : (
              <div>
                <h3 className="mb-1 font-semibold">{s.plaintextTitle}</h3>
                {result.text !== undefined ? (
                  <pre
                    className="max-h-96 overflow-auto rounded-lg bg-zinc-100 p-3 font-mono text-xs break-all whitespace-pre-wrap dark:bg-zinc-900"
                    tabIndex={0}
                    aria-label={s.plaintextTitle}
                    data-testid="jwe-plaintext"
                  >
                    {pretty(result.text)}
                  </pre>
                ) : (
                  <p className="text-sm">{fill(s.notText, { bytes: result.plaintext.length })}</p>
                )}
              </div>
            )}
          </div>
        )
      )}
    </section>
  )
}
