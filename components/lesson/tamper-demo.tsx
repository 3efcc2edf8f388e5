/**
 * @module <TamperDemo token secret>: a toggle that changes one payload character and shows the
 * signature check fail. The server prepares both tokens, verifies the original and renders the
 * still picture; the live TamperToggle (an island, outside the first load) verifies again with Web
 * Crypto each time the toggle flips.
 */
import { getTranslations } from 'next-intl/server'
import { verifyHs256 } from '@/lib/jwt/hmac'
import { prettySegment } from '@/lib/jwt/segment'
import { tamperPayload } from '@/lib/jwt/tamper'
import { Island } from './islands/island'
import { TamperView } from './tamper-view'
import { WidgetFrame } from './token-parts'

export async function TamperDemo({ token, secret }: { token: string; secret: string }) {
  const t = await getTranslations('Lessons')
  const tampering = tamperPayload(token)
  if (!tampering) throw new Error(`TamperDemo: no string or number value to change in ${token}`)
  const [, payload = ''] = token.split('.')
  const [, tamperedPayload = ''] = tampering.token.split('.')
  const originalValid = await verifyHs256(token, secret)
  const facts = {
    original: token,
    tampered: tampering.token,
    secret,
    originalPayload: prettySegment(payload),
    tamperedPayload: prettySegment(tamperedPayload),
    labels: {
      toggle: t('tamper'),
      token: t('token'),
      secret: t('secret'),
      payload: t('decodedPayload'),
      original: t('tamperOriginal'),
      changed: t('tamperChanged', { before: tampering.before, after: tampering.after }),
      verified: t('verified'),
      notVerified: t('notVerified'),
    },
  }
  return (
    <WidgetFrame title={t('tamperTitle')} testId="tamper-demo">
      <Island name="tamper" props={{ ...facts, originalValid }}>
        <TamperView {...facts} on={false} valid={originalValid} />
      </Island>
    </WidgetFrame>
  )
}
