/**
 * @module <TokenDemo token secret?>: a token coloured by part with its decoded header and payload,
 * and, given the secret, whether its signature verifies. Everything is computed at build time, so
 * this widget ships no JavaScript at all.
 */
import { getTranslations } from 'next-intl/server'
import { verifyHs256 } from '@/lib/jwt/hmac'
import { prettySegment } from '@/lib/jwt/segment'
import { ColouredToken, DecodedJson, PartLegend, VerifyBadge, WidgetFrame } from './token-parts'

export async function TokenDemo({ token, secret }: { token: string; secret?: string }) {
  const t = await getTranslations('Lessons')
  const [header = '', payload = ''] = token.split('.')
  const verified = secret === undefined ? undefined : await verifyHs256(token, secret)
  return (
    <WidgetFrame title={t('token')} testId="token-demo">
      <ColouredToken token={token} label={t('token')} />
      <PartLegend
        labels={{ header: t('header'), payload: t('payload'), signature: t('signature') }}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <DecodedJson title={t('decodedHeader')} json={prettySegment(header)} tone="header" />
        <DecodedJson title={t('decodedPayload')} json={prettySegment(payload)} tone="payload" />
      </div>
      {secret !== undefined && (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <span>
            {t('secret')}:{' '}
            <code className="rounded bg-white px-1.5 py-0.5 font-mono break-all dark:bg-zinc-950">
              {secret}
            </code>
          </span>
          <VerifyBadge
            ok={verified === true}
            labels={{ ok: t('verified'), fail: t('notVerified') }}
          />
        </div>
      )}
    </WidgetFrame>
  )
}
