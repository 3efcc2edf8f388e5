/**
 * @module The footer on every page: the playground's privacy pledge and exactly what the site
 * keeps in the browser (each cookie and storage key by name, and when it is written).
 */
import { getTranslations } from 'next-intl/server'
import { ShieldIcon } from '@/components/ui/shield-icon'

const STORED = ['storageLocale', 'storageRefresh', 'storageLocal', 'storageSession'] as const

export async function SiteFooter() {
  const t = await getTranslations('Footer')
  const offline = await getTranslations('Offline')
  const code = (chunks: React.ReactNode) => (
    <code className="font-mono text-xs [overflow-wrap:anywhere]">{chunks}</code>
  )
  return (
    <footer className="mt-16 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6 text-sm text-zinc-600 dark:text-zinc-400">
        <p className="flex gap-2">
          <ShieldIcon size={16} />
          <span>{t('privacy')}</span>
        </p>
        <p>{t('noTracking')}</p>
        <details className="group">
          <summary
            id="footer-storage"
            className="cursor-pointer font-medium text-zinc-700 underline-offset-2 hover:underline dark:text-zinc-300"
          >
            {t('storageTitle')}
          </summary>
          <ul aria-labelledby="footer-storage" className="mt-1 ml-5 list-disc space-y-1">
            {STORED.map((key) => (
              <li key={key}>{t.rich(key, { code })}</li>
            ))}
            <li>{offline.rich('storage', { code })}</li>
          </ul>
        </details>
        <p>{t('builtWith')}</p>
      </div>
    </footer>
  )
}
