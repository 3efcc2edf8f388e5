'use client'
/** @module Switches language while keeping the current path, query and fragment. */
import { useLocale } from 'next-intl'
import { getPathname, usePathname } from '@/lib/i18n/navigation'
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, locales, type Locale } from '@/lib/i18n/routing'

type Props = { label: string; names: Record<Locale, string> }

function rememberLocale(locale: Locale) {
  // An explicit choice outranks Accept-Language on the next visit to `/`.
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE}; samesite=lax`
}

export function LocaleSwitcher({ label, names }: Props) {
  const current = useLocale()
  const pathname = usePathname()

  function remember(locale: Locale, event: React.MouseEvent<HTMLAnchorElement>) {
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
                href={getPathname({ href: pathname, locale })}
                hrefLang={locale}
                lang={locale}
                onClick={(event) => remember(locale, event)}
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
