/** @module Placeholder for a section still being built: labelled as such, never a dead end. */
import { getTranslations } from 'next-intl/server'
import { Link } from '@/lib/i18n/navigation'

export async function ComingSoon({ title, intro }: { title: string; intro: string }) {
  const t = await getTranslations('ComingSoon')
  return (
    <div className="max-w-2xl space-y-4">
      <p>
        <span className="rounded-full bg-amber-100 px-3 py-1 text-sm font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-100">
          {t('badge')}
        </span>
      </p>
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="text-lg text-zinc-700 dark:text-zinc-300">{intro}</p>
      <p className="text-zinc-700 dark:text-zinc-300">{t('body')}</p>
      <p>
        <Link
          href="/"
          className="font-medium text-indigo-700 underline underline-offset-4 dark:text-indigo-300"
        >
          {t('back')}
        </Link>
      </p>
    </div>
  )
}
