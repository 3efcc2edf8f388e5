/**
 * @module The picture of <AlgVerifiers>: the header the reader chooses (alg, typ, kid), the token
 * that makes, and what a naive and a strict verifier say about it, each with its reason. No hooks,
 * so the server renders it as the still picture and the live AlgVerifiersLive renders the same.
 */
import { formatMessage } from '@/lib/i18n/format-message'
import {
  HEADER_ALGS,
  headerText,
  type HeaderAlg,
  type HeaderChoice,
  type NaiveVerdict,
  type StrictVerdict,
} from '@/lib/lessons/alg-verifiers'
import { ColouredToken, DecodedJson, VerifyBadge } from './token-parts'

export type AlgVerifiersLabels = {
  alg: string
  algs: Record<HeaderAlg, string>
  typ: string
  kid: string
  header: string
  token: string
  naive: string
  strict: string
  accepted: string
  rejected: string
  checking: string
  /** By NaiveVerdict `how`, then `Ok` or `Bad`: e.g. `hmacOk`. */
  naiveReasons: Record<string, string>
  strictOk: string
  /** `Jwt.errors` for the codes strictVerify returns (the kid one reworded for this widget). */
  strictErrors: Record<string, string>
  agree: string
  disagree: string
}

export type Verdicts = { naive: NaiveVerdict; strict: StrictVerdict }

const input =
  'w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 font-mono text-sm dark:border-zinc-700 dark:bg-zinc-950'

function naiveReason(verdict: NaiveVerdict, labels: AlgVerifiersLabels, locale: string) {
  const key =
    verdict.how === 'unknown' || verdict.how === 'unreadable'
      ? verdict.how
      : `${verdict.how}${verdict.ok ? 'Ok' : 'Bad'}`
  return formatMessage(labels.naiveReasons[key] ?? key, { alg: verdict.alg ?? '' }, locale)
}

function strictReason(verdict: StrictVerdict, labels: AlgVerifiersLabels, locale: string) {
  if (verdict.ok) return formatMessage(labels.strictOk, { kid: verdict.kid }, locale)
  const message = labels.strictErrors[verdict.code]
  if (!message) return verdict.code
  return formatMessage(message, { ...verdict, allowed: verdict.allowed?.join(', ') }, locale)
}

function VerdictCard({
  title,
  ok,
  reason,
  labels,
  testId,
}: {
  title: string
  ok: boolean | undefined
  reason: string | undefined
  labels: AlgVerifiersLabels
  testId: string
}) {
  return (
    <div
      className="min-w-0 space-y-2 rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-950"
      data-testid={testId}
    >
      <p className="text-sm font-semibold">{title}</p>
      {ok === undefined ? (
        <p className="text-sm">{labels.checking}</p>
      ) : (
        <>
          <VerifyBadge ok={ok} labels={{ ok: labels.accepted, fail: labels.rejected }} />
          <p className="text-sm">{reason}</p>
        </>
      )}
    </div>
  )
}

export function AlgVerifiersView({
  id,
  choice,
  token,
  verdicts,
  labels,
  locale,
  onChoice,
}: {
  id: string
  choice: HeaderChoice
  token: string
  /** Undefined while Web Crypto is still checking the token shown. */
  verdicts: Verdicts | undefined
  labels: AlgVerifiersLabels
  locale: string
  /** Absent in the still picture: the fields keep what is typed, and the live widget takes it. */
  onChoice?: (choice: HeaderChoice) => void
}) {
  const live = onChoice !== undefined
  const text = (name: 'typ' | 'kid') => (
    <div className="min-w-0 space-y-1">
      <label htmlFor={`${id}-${name}`} className="block font-mono text-sm font-medium">
        {labels[name]}
      </label>
      <input
        id={`${id}-${name}`}
        name={name}
        {...(live ? { value: choice[name] } : { defaultValue: choice[name] })}
        onChange={onChoice && ((event) => onChoice({ ...choice, [name]: event.target.value }))}
        spellCheck={false}
        autoComplete="off"
        maxLength={200}
        className={input}
        translate="no"
      />
    </div>
  )
  const summary =
    verdicts && (verdicts.naive.ok === verdicts.strict.ok ? labels.agree : labels.disagree)
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr]">
        <fieldset className="min-w-0 space-y-1">
          <legend className="font-mono text-sm font-medium">{labels.alg}</legend>
          {HEADER_ALGS.map((alg) => (
            <label key={alg} className="flex items-start gap-2 py-0.5 text-sm">
              <input
                type="radio"
                name={`${id}-alg`}
                value={alg}
                {...(live
                  ? { checked: choice.alg === alg }
                  : { defaultChecked: choice.alg === alg })}
                onChange={onChoice && (() => onChoice({ ...choice, alg }))}
                className="mt-1"
              />
              <span>{labels.algs[alg]}</span>
            </label>
          ))}
        </fieldset>
        {text('typ')}
        {text('kid')}
      </div>
      <DecodedJson
        title={labels.header}
        json={JSON.stringify(JSON.parse(headerText(choice)), null, 2)}
        tone="header"
      />
      <ColouredToken token={token} label={labels.token} />
      <div
        role="status"
        aria-live="polite"
        aria-busy={verdicts === undefined}
        className="space-y-3"
      >
        <div className="grid gap-3 sm:grid-cols-2">
          <VerdictCard
            title={labels.naive}
            ok={verdicts?.naive.ok}
            reason={verdicts && naiveReason(verdicts.naive, labels, locale)}
            labels={labels}
            testId="naive-verdict"
          />
          <VerdictCard
            title={labels.strict}
            ok={verdicts?.strict.ok}
            reason={verdicts && strictReason(verdicts.strict, labels, locale)}
            labels={labels}
            testId="strict-verdict"
          />
        </div>
        {summary && <p className="text-sm font-medium">{summary}</p>}
      </div>
    </div>
  )
}
