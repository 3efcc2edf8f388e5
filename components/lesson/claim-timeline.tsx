/**
 * @module <ClaimTimeline iat nbf exp>: a clock the reader moves to see a token go from not yet
 * valid to valid to expired. The server renders its still picture at the issue time; the live
 * slider is an island, outside the first load.
 */
import { getTranslations } from 'next-intl/server'
import { ClaimTimelineView } from './claim-timeline-view'
import { Island } from './islands/island'
import { WidgetFrame } from './token-parts'
import { requestLocale } from '@/lib/i18n/locale'

export async function ClaimTimeline({ iat, nbf, exp }: { iat: number; nbf?: number; exp: number }) {
  const t = await getTranslations('Lessons')
  const facts = {
    id: `timeline-${iat}-${exp}`,
    iat,
    nbf,
    exp,
    locale: await requestLocale(),
    labels: {
      slider: t('timeline'),
      now: t.raw('timelineNow') as string,
      before: t('timelineBefore'),
      valid: t('timelineValid'),
      expired: t('timelineExpired'),
      iat: t('timelineIssued'),
      nbf: t('timelineNotBefore'),
      exp: t('timelineExpires'),
    },
  }
  return (
    <WidgetFrame title={t('timeline')} testId="claim-timeline">
      <Island name="timeline" props={facts}>
        <ClaimTimelineView {...facts} now={iat} />
      </Island>
    </WidgetFrame>
  )
}
