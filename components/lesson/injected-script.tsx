/**
 * @module <InjectedScript token>: the storing-tokens lesson's XSS experiment. The reader stores a
 * token in localStorage and in an HttpOnly cookie (set by the real route /api/lessons/cookie),
 * then runs an "injected script": ordinary code, shown from the file that runs, which finds the
 * token in localStorage, not in document.cookie, and sees the browser send the cookie anyway.
 */
import { getLocale, getTranslations } from 'next-intl/server'
import { readExcerpts } from '@/lib/source-code/excerpt'
import { InjectedScriptView, type InjectedScriptLabels } from './injected-script-view'
import { Island } from './islands/island'
import { WidgetFrame, WidgetSource } from './token-parts'

const KEYS = [
  'store',
  'run',
  'clear',
  'storing',
  'stored',
  'storedNoStorage',
  'storeFailed',
  'offline',
  'cleared',
  'running',
  'storage',
  'cookie',
  'request',
  'found',
  'nothingStored',
  'cookieHidden',
  'cookieRead',
  'sent',
  'notSent',
  'requestFailed',
] as const satisfies readonly (keyof InjectedScriptLabels)[]

export async function InjectedScript({ token }: { token: string }) {
  const t = await getTranslations('Lessons.injectedScript')
  const locale = await getLocale()
  const labels = Object.fromEntries(
    KEYS.map((key) => [key, t.raw(key) as string]),
  ) as InjectedScriptLabels
  const code = readExcerpts([{ file: 'lib/lessons/injected-script.ts', names: ['injectedScript'] }])
  return (
    <WidgetFrame title={t('title')} testId="injected-script">
      <p className="text-sm">{t('intro')}</p>
      <Island name="injectedScript" props={{ token, labels, locale }}>
        <InjectedScriptView
          store={{ step: 'idle' }}
          loot={undefined}
          running={false}
          labels={labels}
          locale={locale}
        />
      </Island>
      <div className="space-y-1">
        <p className="text-xs font-semibold">{t('code')}</p>
        <WidgetSource code={code} />
      </div>
    </WidgetFrame>
  )
}
