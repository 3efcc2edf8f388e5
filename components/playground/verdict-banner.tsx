/**
 * @module The verdict at the top: the signature (verified, invalid, no key, unsecured, ...) in one
 * card, the claims (expired 3 min ago, not valid for 2 more min) in another, so a green tick for
 * the signature can never be read as "this token is fine".
 */
import type { ReactNode } from 'react'
import type { TokenState } from '@/lib/jwt/explain'
import { relative } from '@/lib/playground/format'
import { fill } from '@/lib/i18n/fill'
import { formatMessage } from '@/lib/i18n/format-message'
import { verdictTone, type Verdict } from '@/lib/playground/verdict'
import { problemText } from './problem-text'
import type { PlaygroundStrings, StringsFor } from './strings'

const TONE: Record<ReturnType<typeof verdictTone>, string> = {
  good: 'border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950/60 dark:text-emerald-50',
  bad: 'border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-50',
  warn: 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-50',
  neutral:
    'border-zinc-300 bg-zinc-50 text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100',
}

const ICON: Record<ReturnType<typeof verdictTone>, string> = {
  good: '✓',
  bad: '✗',
  warn: '!',
  neutral: '…',
}

export function verdictTitle(verdict: Verdict, s: PlaygroundStrings['verdict']): string {
  switch (verdict.kind) {
    case 'verified':
      return s.verified
    case 'invalid':
      return s.invalid
    case 'no-key':
      return s.noKey
    case 'unsecured':
      return s.unsecured
    case 'checking':
      return s.checking
    case 'empty':
      return s.empty
    case 'unreadable':
      return s.unreadable
    case 'jwe':
      return s.jwe
    case 'partial':
      return s.partial
    case 'not-allowed':
      return s.notAllowed
    case 'key-problem':
      return s.keyProblem
    case 'cannot-verify':
      return s.cannotVerify
    case 'json-error':
      return s.jsonError
  }
}

function verdictBody(
  verdict: Verdict,
  strings: StringsFor<'verdict' | 'parts' | 'jwt'>,
  locale: string,
  signedHere: boolean,
): string {
  const s = strings.verdict
  switch (verdict.kind) {
    case 'verified': {
      const key = `source${verdict.source}` as 'sourcesecret'
      const source = fill(s[key] ?? verdict.source, { kid: verdict.kid })
      return signedHere
        ? fill(s.verifiedSigned, { source })
        : fill(s.verifiedBody, { alg: verdict.alg, source })
    }
    case 'invalid':
      return s.invalidBody
    case 'no-key':
      return fill(s.noKeyBody, {
        keyKind: verdict.keyKind === 'secret' ? s.keySecret : s.keyPublic,
      })
    case 'unsecured':
      return s.unsecuredBody
    case 'empty':
      return s.emptyBody
    case 'json-error':
      return fill(s.jsonErrorBody, {
        segment: strings.parts[verdict.segment],
        line: verdict.line,
        column: verdict.column,
      })
    case 'jwe':
      return strings.jwt.errors.ERR_JWE_NOT_SUPPORTED
    case 'partial':
      return formatMessage(strings.jwt.errors.ERR_PARTIAL_TOKEN, { count: verdict.count }, locale)
    case 'unreadable':
    case 'not-allowed':
    case 'key-problem':
    case 'cannot-verify':
      return problemText(strings, verdict.failure, locale)
    case 'checking':
      return ''
  }
}

export function VerdictCard({
  verdict,
  strings,
  locale,
  signedHere = false,
}: {
  verdict: Verdict
  strings: StringsFor<'verdict' | 'parts' | 'jwt'>
  locale: string
  signedHere?: boolean
}) {
  const tone = verdictTone(verdict)
  const body = verdictBody(verdict, strings, locale, signedHere)
  return (
    <div
      className={`rounded-xl border-2 p-4 ${TONE[tone]}`}
      data-testid="verdict"
      data-verdict={verdict.kind}
    >
      <p className="text-xs font-semibold tracking-wide uppercase opacity-80">
        {strings.verdict.label}
      </p>
      <p role="status" aria-live="polite" className="mt-1 flex items-center gap-2">
        <span
          aria-hidden="true"
          className="inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-current/10 text-lg font-bold"
        >
          {ICON[tone]}
        </span>
        <strong className="text-xl leading-tight">{verdictTitle(verdict, strings.verdict)}</strong>
      </p>
      {body && <p className="mt-2 text-sm">{body}</p>}
    </div>
  )
}

/** The claims' lifetime state at `now`, or null before the clock is read (server render). */
export function claimsStateText(
  state: TokenState | null,
  s: PlaygroundStrings['claimsState'],
  now: number,
  locale: string,
): { text: string; tone: 'good' | 'bad' | 'warn' | 'neutral' } {
  if (!state) return { text: s.none, tone: 'neutral' }
  switch (state.state) {
    case 'valid':
      return state.expiresIn
        ? {
            text: fill(s.valid, { rel: relative(now + state.expiresIn.seconds, now, locale) }),
            tone: 'good',
          }
        : { text: s.noExpiry, tone: 'warn' }
    case 'no-expiry':
      return { text: s.noExpiry, tone: 'warn' }
    case 'expired':
      return {
        text: fill(s.expired, { rel: relative(now + state.expiredAgo.seconds, now, locale) }),
        tone: 'bad',
      }
    case 'not-yet-valid':
      return {
        text: fill(s.notYet, { rel: relative(now + state.validIn.seconds, now, locale) }),
        tone: 'bad',
      }
    case 'invalid-time':
      return { text: fill(s.invalidTime, { claim: state.claim }), tone: 'bad' }
  }
}

export function ClaimsCard({
  text,
  tone,
  label,
  note,
  children,
}: {
  text: string
  tone: 'good' | 'bad' | 'warn' | 'neutral'
  label: string
  note?: string
  children?: ReactNode
}) {
  return (
    <div className={`rounded-xl border-2 p-4 ${TONE[tone]}`} data-testid="claims-state">
      <p className="text-xs font-semibold tracking-wide uppercase opacity-80">{label}</p>
      <p className="mt-1 flex items-center gap-2">
        <span
          aria-hidden="true"
          className="inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-current/10 text-lg font-bold"
        >
          {ICON[tone]}
        </span>
        <strong className="text-xl leading-tight">{text}</strong>
        {note && <span className="text-sm opacity-80">{note}</span>}
      </p>
      {children}
    </div>
  )
}
