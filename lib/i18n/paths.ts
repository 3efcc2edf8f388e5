/** @module Pure helpers for locale-prefixed paths; safe in client and server code. */
import { routing, type Locale } from './routing'

/**
 * Prefixes a locale-free path with the locale; leaves external, hash-only and already
 * prefixed hrefs alone. The one way links get their locale: server `Link`, pages, lessons'
 * Markdown links and the hrefs handed to client components all go through it.
 * @example
 * localizeHref('/learn/header#alg', 'zh-CN') // => '/zh-CN/learn/header#alg'
 * localizeHref('/#start', 'en') // => '/en#start'
 * localizeHref('https://www.rfc-editor.org/rfc/rfc7519', 'en') // unchanged
 */
export function localizeHref(href: string, locale: Locale): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href
  const first = href.split(/[/?#]/)[1]
  if (routing.locales.some((l) => l === first)) return href
  // The home page: `/en`, `/en#start`, `/en?x`, never `/en/#start`.
  if (href === '/' || href.startsWith('/#') || href.startsWith('/?'))
    return `/${locale}${href.slice(1)}`
  return `/${locale}${href}`
}

/**
 * Strips the locale prefix from a pathname.
 * @example stripLocale('/zh-CN/learn') // { locale: 'zh-CN', path: '/learn' }
 */
export function stripLocale(pathname: string): { locale: Locale | null; path: string } {
  const [, first = '', ...rest] = pathname.split('/')
  const locale = routing.locales.find((l) => l === first) ?? null
  if (!locale) return { locale, path: pathname || '/' }
  return { locale, path: '/' + rest.join('/') }
}
