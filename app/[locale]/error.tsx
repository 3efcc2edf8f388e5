'use client'
import { useTranslations } from 'next-intl'

export default function ErrorBoundary({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('Error')
  return (
    <div role="alert" className="max-w-xl space-y-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p className="text-zinc-700 dark:text-zinc-300">{t('body')}</p>
      <button
        type="button"
        onClick={reset}
        className="rounded-lg bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800 dark:bg-indigo-400 dark:text-zinc-950"
      >
        {t('retry')}
      </button>
    </div>
  )
}
