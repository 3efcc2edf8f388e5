'use client'
/**
 * @module Switches language while keeping the current path, query and fragment. The other
 * language's page is a plain link that <LinkRouter> prefetches and opens without a reload.
 */
import { usePathname } from 'next/navigation'
import { localizeHref, stripLocale } from '@/lib/i18n/paths'
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, locales, type Locale } from '@/lib/i18n/routing'

type Props = { current: Locale; label: string; names: Record<Locale, string> }

function rememberLocale(locale: Locale) {
  // An explicit choice outranks Accept-Language on the next visit to `/`.
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE}; samesite=lax`
}

export function LocaleSwitcher({ current, label, names }: Props) {
  const { path } = stripLocale(usePathname())

  function switchTo(locale: Locale, event: React.MouseEvent<HTMLAnchorElement>) {
    rememberLocale(locale)
    // Keep what the server never sees: the playground keeps a shared token in the fragment.
    const { search, hash } = window.location
    if (search || hash) {
      event.preventDefault()
      window.location.assign(event.currentTarget.pathname + search + hash)
    }
  }

  return (
    <nav aria-label={label}>
      <ul className="flex items-center gap-1 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span
                aria-current="true"
                lang={locale}
                className="rounded-md bg-zinc-100 px-2 py-1 font-medium dark:bg-zinc-800"
              >
                {names[locale]}
              </span>
            ) : (
              <a
                href={localizeHref(path, locale)}
                hrefLang={locale}
                lang={locale}
                onClick={(event) => switchTo(locale, event)}
                className="rounded-md px-2 py-1 text-zinc-700 underline-offset-4 hover:underline dark:text-zinc-300"
              >
                {names[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
