/**
 * @module <PayloadEditor payload secret>: the reader edits the payload JSON and watches the token
 * and its HS256 signature change. The server signs the starting payload, so the token is there
 * before JavaScript runs; the small client leaf re-signs on every valid edit.
 */
import { getTranslations } from 'next-intl/server'
import { signHs256 } from '@/lib/jwt/hmac'
import { PayloadEditorClient } from './payload-editor-client'
import { WidgetFrame } from './token-parts'

export const DEFAULT_HEADER = '{"alg":"HS256","typ":"JWT"}'

export async function PayloadEditor({
  payload,
  secret,
  header = DEFAULT_HEADER,
}: {
  payload: string
  secret: string
  header?: string
}) {
  const t = await getTranslations('Lessons')
  const text = JSON.stringify(JSON.parse(payload), null, 2)
  const token = await signHs256(header, JSON.stringify(JSON.parse(payload)), secret)
  return (
    <WidgetFrame title={t('editPayload')} testId="payload-editor">
      <PayloadEditorClient
        header={header}
        secret={secret}
        initialText={text}
        initialToken={token}
        labels={{
          editor: t('editPayload'),
          token: t('token'),
          secret: t('secret'),
          invalidJson: t('invalidJson'),
          changed: t('signatureChanged'),
          same: t('signatureSame'),
          reset: t('resetPayload'),
          signature: t('signature'),
          parts: { header: t('header'), payload: t('payload'), signature: t('signature') },
        }}
      />
    </WidgetFrame>
  )
}
