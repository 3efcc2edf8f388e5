/**
 * @module The picture of <TokenRecipients>: which token the reader sends (the ID token or the
 * access token), to whom (the web app's login check or the API), from which login, and what that
 * recipient says, check by check. No hooks, so the server renders it as the still picture and the
 * live TokenRecipientsLive renders the same markup.
 */
import {
  checksFor,
  type CheckId,
  type Claims,
  type Recipient,
} from '@/lib/lessons/token-recipients'
import { ColouredToken, VerifyBadge } from './token-parts'

export type SampleToken = { token: string; header: Claims; claims: Claims }
export type RecipientsTokens = { id: SampleToken; access: SampleToken }
export type RecipientsChoice = { token: 'id' | 'access'; recipient: Recipient; sameLogin: boolean }

export type RecipientsLabels = {
  token: string
  tokens: Record<RecipientsChoice['token'], string>
  recipient: string
  recipients: Record<Recipient, string>
  login: string
  logins: { same: string; other: string }
  shown: string
  verdict: string
  accepted: string
  rejected: string
  acceptedBecause: string
  signature: string
  /** What each check asks, then why it failed. */
  checks: Record<CheckId, string>
  failures: Record<CheckId, string>
}

export const START: RecipientsChoice = { token: 'id', recipient: 'api', sameLogin: true }

/** The nonce of another login: what an ID token replayed from elsewhere carries. */
const OTHER_LOGIN_NONCE = 'n-another-login'

export function TokenRecipientsView({
  id,
  choice,
  tokens,
  labels,
  onChoice,
}: {
  id: string
  choice: RecipientsChoice
  tokens: RecipientsTokens
  labels: RecipientsLabels
  /** Absent in the still picture. */
  onChoice?: (choice: RecipientsChoice) => void
}) {
  const sent = tokens[choice.token]
  const sentNonce = tokens.id.claims.nonce as string
  const checks = checksFor(choice.recipient, sent.header, sent.claims, {
    // The web app compares with the nonce it sent when this login (or another) began.
    nonce: choice.sameLogin ? sentNonce : OTHER_LOGIN_NONCE,
    // A minute after the login, while both tokens are fresh.
    now: (tokens.id.claims.iat as number) + 60,
  })
  const failure = checks.find((check) => !check.ok)
  const radio = <K extends keyof RecipientsChoice>(
    key: K,
    legend: string,
    options: [RecipientsChoice[K], string][],
  ) => (
    <fieldset className="min-w-0 space-y-1">
      <legend className="text-sm font-medium">{legend}</legend>
      {options.map(([value, text]) => (
        <label key={String(value)} className="flex items-start gap-2 py-0.5 text-sm">
          <input
            type="radio"
            name={`${id}-${key}`}
            value={String(value)}
            {...(onChoice
              ? { checked: choice[key] === value }
              : { defaultChecked: choice[key] === value })}
            onChange={onChoice && (() => onChoice({ ...choice, [key]: value }))}
            className="mt-1"
          />
          <span>{text}</span>
        </label>
      ))}
    </fieldset>
  )
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-3">
        {radio('token', labels.token, [
          ['id', labels.tokens.id],
          ['access', labels.tokens.access],
        ])}
        {radio('recipient', labels.recipient, [
          ['client', labels.recipients.client],
          ['api', labels.recipients.api],
        ])}
        {radio('sameLogin', labels.login, [
          [true, labels.logins.same],
          [false, labels.logins.other],
        ])}
      </div>
      <ColouredToken token={sent.token} label={labels.shown} />
      <div
        role="status"
        aria-live="polite"
        className="space-y-2 rounded-lg border border-zinc-200 bg-white p-3 text-sm dark:border-zinc-800 dark:bg-zinc-950"
        data-testid="recipient-verdict"
      >
        <p className="font-semibold">{labels.verdict}</p>
        <VerifyBadge ok={!failure} labels={{ ok: labels.accepted, fail: labels.rejected }} />
        <p>{failure ? labels.failures[failure.id] : labels.acceptedBecause}</p>
        <ul className="space-y-1" aria-label={labels.verdict}>
          <li>
            <span aria-hidden="true">✓</span> {labels.signature}
          </li>
          {checks.map((check) => (
            <li key={check.id} data-check={check.id} data-ok={check.ok}>
              <span aria-hidden="true">{check.ok ? '✓' : '✗'}</span>{' '}
              <span className="sr-only">{check.ok ? labels.accepted : labels.rejected}: </span>
              {labels.checks[check.id]}
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
