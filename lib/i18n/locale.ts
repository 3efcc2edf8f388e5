import 'server-only'

/**
 * @module The locale of the page being rendered, typed: what the `[locale]` segment or
 * next-intl says, narrowed to a {@link Locale} once here instead of cast in every page.
 */
import { notFound } from 'next/navigation'
import { getLocale, setRequestLocale } from 'next-intl/server'
import { defaultLocale, isLocale, type Locale } from './routing'

/**
 * A page's locale from its params: a 404 for anything but a locale of the site, and next-intl's
 * request locale set for the server components below (so the page can render statically).
 *
 * @example const locale = await pageLocale(params)
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  return locale
}

/** The locale next-intl renders in, for components that have no params (header, 404 page). */
export async function requestLocale(): Promise<Locale> {
  const locale = await getLocale()
  return isLocale(locale) ? locale : defaultLocale
}
