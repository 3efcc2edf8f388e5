import { getTranslations } from 'next-intl/server'
import { Link } from '@/lib/i18n/navigation'

export default async function NotFound() {
  const t = await getTranslations('NotFound')
  return (
    <div className="max-w-xl space-y-4 py-10">
      <p className="font-mono text-sm text-zinc-600 dark:text-zinc-400">404</p>
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p className="text-zinc-700 dark:text-zinc-300">{t('body')}</p>
      <p>
        <Link
          href="/"
          className="font-medium text-indigo-700 underline underline-offset-4 dark:text-indigo-300"
        >
          {t('home')}
        </Link>
      </p>
    </div>
  )
}
