/** @module The footer on every page, with the privacy pledge the playground keeps. */
import { getTranslations } from 'next-intl/server'

export async function SiteFooter() {
  const t = await getTranslations('Footer')
  return (
    <footer className="mt-16 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6 text-sm text-zinc-600 dark:text-zinc-400">
        <p className="flex gap-2">
          <svg
            viewBox="0 0 20 20"
            width="16"
            height="16"
            aria-hidden="true"
            className="mt-0.5 shrink-0"
          >
            <path
              fill="currentColor"
              d="M10 1.5 3 4.3v5c0 4.3 3 8.2 7 9.2 4-1 7-4.9 7-9.2v-5L10 1.5Zm-1 12.1L5.6 10.2l1.3-1.3L9 11l4.1-4.1 1.3 1.3L9 13.6Z"
            />
          </svg>
          <span>{t('privacy')}</span>
        </p>
        <p>{t('noTracking')}</p>
        <p>{t('builtWith')}</p>
      </div>
    </footer>
  )
}
