/**
 * @module <TamperDemo token secret>: a toggle that changes one payload character and shows the
 * signature check fail. The server prepares both tokens and verifies the original; the client
 * leaf verifies again with Web Crypto each time the toggle flips.
 */
import { getTranslations } from 'next-intl/server'
import { verifyHs256 } from '@/lib/jwt/hmac'
import { prettySegment } from '@/lib/jwt/segment'
import { tamperPayload } from '@/lib/jwt/tamper'
import { TamperToggle } from './tamper-toggle'
import { WidgetFrame } from './token-parts'

export async function TamperDemo({ token, secret }: { token: string; secret: string }) {
  const t = await getTranslations('Lessons')
  const tampering = tamperPayload(token)
  if (!tampering) throw new Error(`TamperDemo: no string or number value to change in ${token}`)
  const [, payload = ''] = token.split('.')
  const [, tamperedPayload = ''] = tampering.token.split('.')
  return (
    <WidgetFrame title={t('tamperTitle')} testId="tamper-demo">
      <TamperToggle
        original={token}
        tampered={tampering.token}
        secret={secret}
        originalValid={await verifyHs256(token, secret)}
        originalPayload={prettySegment(payload)}
        tamperedPayload={prettySegment(tamperedPayload)}
        labels={{
          toggle: t('tamper'),
          token: t('token'),
          secret: t('secret'),
          payload: t('decodedPayload'),
          original: t('tamperOriginal'),
          changed: t('tamperChanged', { before: tampering.before, after: tampering.after }),
          verified: t('verified'),
          notVerified: t('notVerified'),
        }}
      />
    </WidgetFrame>
  )
}
