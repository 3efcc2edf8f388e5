/**
 * @module The header on every page: brand, sections, language and theme, the bar that shows a
 * slow navigation and the router that opens the site's links without a reload.
 */
import { getTranslations } from 'next-intl/server'
import { Link, localizeHref } from '@/lib/i18n/navigation'
import { LinkRouter } from './link-router'
import { LocaleSwitcher } from './locale-switcher'
import { NavLinks } from './nav-links'
import { NavigationProgress } from './navigation-progress'
import { ThemeSwitcher } from './theme-switcher'
import { requestLocale } from '@/lib/i18n/locale'

export async function SiteHeader() {
  const t = await getTranslations('Nav')
  const tl = await getTranslations('LocaleSwitcher')
  const tt = await getTranslations('Theme')
  const tm = await getTranslations('Metadata')
  const locale = await requestLocale()

  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <NavigationProgress label={t('loading')} />
      <LinkRouter />
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:shadow dark:focus:bg-zinc-900"
      >
        {t('skipToContent')}
      </a>
      {/* From sm up (one line), every item is as tall as the tallest (the theme switcher, 30 px)
          and centres its own content: a first paint made before the rest of the row is parsed
          (a slow or loaded device) has the row at its final height, and nothing moves when the
          rest comes. Below sm each item has a line of its own, so nothing needs it. */}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:*:flex sm:*:min-h-[1.875rem] sm:*:items-center">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <BrandMark />
          <span>{tm('siteName')}</span>
        </Link>
        <NavLinks
          label={t('label')}
          items={[
            { href: localizeHref('/learn', locale), label: t('learn') },
            { href: localizeHref('/playground', locale), label: t('playground') },
            { href: localizeHref('/demo', locale), label: t('demo') },
            { href: localizeHref('/labs', locale), label: t('labs') },
          ]}
        />
        <div className="ml-auto flex items-center gap-3">
          <LocaleSwitcher
            current={locale}
            label={tl('label')}
            names={{ en: tl('en'), 'zh-CN': tl('zh-CN') }}
          />
          <ThemeSwitcher
            labels={{
              label: tt('label'),
              light: tt('light'),
              dark: tt('dark'),
              system: tt('system'),
            }}
          />
        </div>
      </div>
      <span id={HEADER_END_ID} hidden />
    </header>
  )
}

/**
 * The id of the header's last element. The layout's `<link rel="expect" blocking="render">` keeps
 * the browser from painting before the parser has passed it: a paint made mid-header (a slow or
 * loaded device) showed the language switcher where the theme switcher's arrival then pushed it
 * from (seen in CI), since the row's right-hand group is aligned to the right.
 */
export const HEADER_END_ID = 'site-header-end'

function BrandMark() {
  return (
    <svg viewBox="0 0 32 32" width="24" height="24" aria-hidden="true">
      <rect width="32" height="32" rx="7" className="fill-zinc-900 dark:fill-zinc-100" />
      <circle cx="9" cy="16" r="3.2" fill="var(--jwt-header)" />
      <circle cx="16" cy="16" r="3.2" fill="var(--jwt-payload)" />
      <circle cx="23" cy="16" r="3.2" fill="var(--jwt-signature)" />
    </svg>
  )
}
