/** @module The footer on every page, with the privacy pledge the playground keeps. */
import { getTranslations } from 'next-intl/server'
import { ShieldIcon } from '@/components/ui/shield-icon'

export async function SiteFooter() {
  const t = await getTranslations('Footer')
  return (
    <footer className="mt-16 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6 text-sm text-zinc-600 dark:text-zinc-400">
        <p className="flex gap-2">
          <ShieldIcon size={16} />
          <span>{t('privacy')}</span>
        </p>
        <p>{t('noTracking')}</p>
        <p>{t('builtWith')}</p>
      </div>
    </footer>
  )
}
