/**
 * @module <JweDemo claims>: the same claims signed (a JWS anyone can read) and encrypted (a JWE
 * with `dir` + `A256GCM`, only its protected header readable). The server signs and encrypts
 * for the still picture; the live JweLive (an island) decrypts with the key the reader gives
 * and encrypts again, loading lib/jwt's jose-backed encrypt and decrypt only when pressed.
 */
import { getTranslations } from 'next-intl/server'
import { signHs256 } from '@/lib/jwt/hmac'
import { prettySegment } from '@/lib/jwt/segment'
import { JWE_PART_NAMES } from '@/lib/lessons/jwe-parts'
import { Island } from './islands/island'
import { JWE_ERROR_CODES, JweView, type JweLabels } from './jwe-view'
import { WidgetFrame } from './token-parts'

/** Demo keys, public on purpose: a reader copies them to try the token elsewhere. */
const SIGNING_SECRET = 'jws-proves-who-signed-it-not-who-can-read'
const ENCRYPTION_KEY = 'GawgguFyGrWKav7AX4VKUgGawgguFyGrWKav7AX4VKU'

export async function JweDemo({ claims }: { claims: string }) {
  const t = await getTranslations('Lessons.jweDemo')
  const lessons = await getTranslations('Lessons')
  const jws = await signHs256('{"alg":"HS256","typ":"JWT"}', claims, SIGNING_SECRET)
  // On the server only, and through import(): the lint rule keeps jose out of every first load.
  const { encryptJwe } = await import('@/lib/jwt/encrypt')
  const made = await encryptJwe(claims, {
    alg: 'dir',
    enc: 'A256GCM',
    key: { text: ENCRYPTION_KEY, encoding: 'base64url' },
  })
  if (!made.ok) throw new Error(`JweDemo: ${made.code}`)
  const [header = '', payload = ''] = jws.split('.')
  const labels: JweLabels = {
    jwsTitle: t('jwsTitle'),
    jwsNote: t('jwsNote'),
    jweTitle: t('jweTitle'),
    jweNote: t('jweNote'),
    parts: Object.fromEntries(
      JWE_PART_NAMES.map((name) => [name, t(`parts.${name}`)]),
    ) as JweLabels['parts'],
    bytes: t('bytes'),
    empty: t('empty'),
    readable: t('readable'),
    opaque: t('opaque'),
    header: lessons('decodedHeader'),
    payload: lessons('decodedPayload'),
    token: lessons('token'),
    key: t('key'),
    keyHelp: t('keyHelp'),
    encrypt: t('encrypt'),
    decrypt: t('decrypt'),
    wrongKey: t('wrongKey'),
    working: t('working'),
    decrypted: t('decrypted'),
    ready: t('ready'),
    reencrypted: t('reencrypted'),
    triedKey: t('triedKey'),
    encryptedWith: t('encryptedWith'),
    errors: Object.fromEntries(
      [...JWE_ERROR_CODES, 'other' as const].map((code) => [code, t.raw(`errors.${code}`)]),
    ) as JweLabels['errors'],
  }
  const facts = {
    encryptKey: ENCRYPTION_KEY,
    jws,
    jwsHeader: prettySegment(header),
    jwsPayload: prettySegment(payload),
    labels,
  }
  return (
    <WidgetFrame title={t('title')} testId="jwe-demo">
      <Island name="jwe" props={{ ...facts, jwe: made.token, claims }}>
        <JweView {...facts} jwe={made.token} keyText={ENCRYPTION_KEY} />
      </Island>
    </WidgetFrame>
  )
}
