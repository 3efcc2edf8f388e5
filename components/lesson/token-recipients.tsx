/**
 * @module <TokenRecipients idToken accessToken>: the id-tokens lesson's widget. The reader sends
 * the ID token or the access token of one login to the web app's login check or to the API, and
 * sees each recipient accept or refuse it, check by check (lib/lessons/token-recipients). Both come
 * from the same provider with signatures by the same key, so the signature check (taken as passed,
 * and said so) decides nothing here. The server renders the still picture; the live
 * TokenRecipientsLive (an island, outside the first load) follows the reader's choices.
 */
import { getTranslations } from 'next-intl/server'
import { decodeSegmentText } from '@/lib/jwt/segment'
import type { CheckId } from '@/lib/lessons/token-recipients'
import { Island } from './islands/island'
import { WidgetFrame } from './token-parts'
import {
  START,
  TokenRecipientsView,
  type RecipientsLabels,
  type SampleToken,
} from './token-recipients-view'

const CHECK_IDS: CheckId[] = ['typ', 'iss', 'aud', 'exp', 'client_id', 'nonce']

function sample(token: string): SampleToken {
  const [header = '', payload = ''] = token.split('.')
  const json = (part: string) => JSON.parse(decodeSegmentText(part) ?? 'null')
  return { token, header: json(header), claims: json(payload) }
}

export async function TokenRecipients({
  idToken,
  accessToken,
}: {
  idToken: string
  accessToken: string
}) {
  const t = await getTranslations('Lessons.recipients')
  const labels: RecipientsLabels = {
    token: t('token'),
    tokens: { id: t('tokens.id'), access: t('tokens.access') },
    recipient: t('recipient'),
    recipients: { client: t('recipients.client'), api: t('recipients.api') },
    login: t('login'),
    logins: { same: t('logins.same'), other: t('logins.other') },
    shown: t('shown'),
    verdict: t('verdict'),
    accepted: t('accepted'),
    rejected: t('rejected'),
    acceptedBecause: t('acceptedBecause'),
    signature: t('signature'),
    checks: Object.fromEntries(CHECK_IDS.map((id) => [id, t(`checks.${id}`)])) as Record<
      CheckId,
      string
    >,
    failures: Object.fromEntries(CHECK_IDS.map((id) => [id, t(`failures.${id}`)])) as Record<
      CheckId,
      string
    >,
  }
  const tokens = { id: sample(idToken), access: sample(accessToken) }
  const id = 'token-recipients'
  return (
    <WidgetFrame title={t('title')} testId="token-recipients">
      <Island name="recipients" props={{ id, tokens, labels }}>
        <TokenRecipientsView id={id} choice={START} tokens={tokens} labels={labels} />
      </Island>
    </WidgetFrame>
  )
}
