/**
 * @module <PayloadEditor payload secret>: the reader edits the payload JSON and watches the token
 * and its HS256 signature change. The server signs the starting payload, so the token is there
 * before JavaScript runs; the live editor (an island, outside the first load) re-signs on every
 * valid edit.
 */
import { getTranslations } from 'next-intl/server'
import { signHs256 } from '@/lib/jwt/hmac'
import { Island } from './islands/island'
import { PayloadEditorView } from './payload-editor-view'
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
  const labels = {
    editor: t('editPayload'),
    token: t('token'),
    secret: t('secret'),
    invalidJson: t('invalidJson'),
    changed: t('signatureChanged'),
    same: t('signatureSame'),
    reset: t('resetPayload'),
    signature: t('signature'),
    parts: { header: t('header'), payload: t('payload'), signature: t('signature') },
  }
  // Unique enough on a page: a lesson shows one editor per token.
  const id = `payload-editor-${token.slice(-8)}`
  return (
    <WidgetFrame title={t('editPayload')} testId="payload-editor">
      <Island
        name="payload"
        props={{ id, header, secret, initialText: text, initialToken: token, labels }}
      >
        <PayloadEditorView
          id={id}
          secret={secret}
          text={text}
          initialText={text}
          token={token}
          changed={false}
          invalid={false}
          labels={labels}
        />
      </Island>
    </WidgetFrame>
  )
}
