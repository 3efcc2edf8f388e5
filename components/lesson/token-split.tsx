/**
 * @module <TokenSplit token>: the reader pastes or edits a token and watches it fall apart into
 * its three parts and come back together: each part coloured and decoded, an edit to the header
 * or payload re-encoded into the token, and lib/jwt's error, with its part and position, for
 * anything that is not base64url or JSON. The server renders the still picture; the live
 * TokenSplitLive (an island, outside the first load) follows the reader's typing.
 */
import { getLocale, getTranslations } from 'next-intl/server'
import { splitToken } from '@/lib/lessons/token-split'
import { Island } from './islands/island'
import { WidgetFrame } from './token-parts'
import { TokenSplitView, type TokenSplitLabels } from './token-split-view'

/** The lib/jwt codes decoding can return: the only `Jwt.errors` this widget sends along. */
const DECODE_CODES = [
  'ERR_INPUT_EMPTY',
  'ERR_INPUT_TOO_LARGE',
  'ERR_JSON_SERIALIZATION',
  'ERR_SEGMENT_COUNT',
  'ERR_SEGMENT_EMPTY',
  'ERR_SEGMENT_BASE64',
  'ERR_SEGMENT_UTF8',
  'ERR_SEGMENT_JSON',
  'ERR_SEGMENT_NOT_OBJECT',
] as const

export async function TokenSplit({ token }: { token: string }) {
  const t = await getTranslations('Lessons.split')
  const jwt = await getTranslations('Jwt')
  const locale = await getLocale()
  const labels: TokenSplitLabels = {
    token: t('token'),
    header: t('header'),
    payload: t('payload'),
    signature: t('signature'),
    signatureBytes: t.raw('signatureBytes') as string,
    notText: t('notText'),
    ok: t('ok'),
    jsonAt: t.raw('jsonAt') as string,
    reset: t('reset'),
    base64Hint: jwt('hints.base64'),
    errors: {
      ...Object.fromEntries(
        DECODE_CODES.map((code) => [code, jwt.raw(`errors.${code}`) as string]),
      ),
      // lib/jwt's wording promises the raw bytes in hex, which this widget does not show.
      ERR_SEGMENT_UTF8: t.raw('notUtf8') as string,
    },
  }
  const id = 'token-split'
  return (
    <WidgetFrame title={t('title')} testId="token-split">
      <Island name="tokenSplit" props={{ id, initial: token, labels, locale }}>
        <TokenSplitView
          id={id}
          token={token}
          split={splitToken(token)}
          labels={labels}
          locale={locale}
        />
      </Island>
    </WidgetFrame>
  )
}
