/**
 * @module <ClaimTimeline iat nbf exp>: a clock the reader moves to see a token go from not yet
 * valid to valid to expired. The server passes the translated labels to the slider leaf.
 */
import { getTranslations } from 'next-intl/server'
import { ClaimTimelineSlider } from './claim-timeline-slider'
import { WidgetFrame } from './token-parts'
import { requestLocale } from '@/lib/i18n/locale'

export async function ClaimTimeline({ iat, nbf, exp }: { iat: number; nbf?: number; exp: number }) {
  const t = await getTranslations('Lessons')
  return (
    <WidgetFrame title={t('timeline')} testId="claim-timeline">
      <ClaimTimelineSlider
        iat={iat}
        nbf={nbf}
        exp={exp}
        locale={await requestLocale()}
        labels={{
          slider: t('timeline'),
          now: t.raw('timelineNow') as string,
          before: t('timelineBefore'),
          valid: t('timelineValid'),
          expired: t('timelineExpired'),
          iat: t('timelineIssued'),
          nbf: t('timelineNotBefore'),
          exp: t('timelineExpires'),
        }}
      />
    </WidgetFrame>
  )
}
