import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { pageLocale } from '@/lib/i18n/locale'
import { localizeHref } from '@/lib/i18n/paths'

// The service worker precaches this page and shows it for a navigation it can neither fetch nor
// find in its cache (app/sw.ts).
export async function generateMetadata({
  params,
}: PageProps<'/[locale]/offline'>): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Offline.page' })
  return { title: t('metaTitle'), robots: { index: false } }
}

export default async function OfflinePage({ params }: PageProps<'/[locale]/offline'>) {
  const locale = await pageLocale(params)
  const t = await getTranslations('Offline.page')
  const link = 'font-medium text-indigo-700 underline underline-offset-4 dark:text-indigo-300'
  // Full loads (`data-reload`: <LinkRouter> leaves them to the browser): a navigation is what the
  // worker answers from its cache.
  const links = [
    { href: localizeHref('/', locale), label: t('home') },
    { href: localizeHref('/learn', locale), label: t('course') },
    { href: localizeHref('/playground', locale), label: t('playground') },
  ]
  return (
    <div className="max-w-xl space-y-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p className="text-zinc-700 dark:text-zinc-300">{t('body')}</p>
      <p className="text-zinc-700 dark:text-zinc-300">{t('kept')}</p>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {links.map(({ href, label }) => (
          <li key={href}>
            <a href={href} className={link} data-reload>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
