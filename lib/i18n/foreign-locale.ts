/** @module Recognises a language prefix the site does not serve, such as the `fr` in /fr/learn. */
import { locales, type Locale } from './routing'

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' })

/**
 * A first path segment that is a real language tag but none of the site's locales: the rest of
 * the path, and the site locale of the same language if there is one. Anything else (our own
 * locales in any case, `/learn`, `/foo`) gives null, so unknown pages still get their 404.
 * @example
 * foreignLocalePrefix('/fr/learn') // { rest: '/learn', locale: null }
 * foreignLocalePrefix('/zh-TW/learn/header') // { rest: '/learn/header', locale: 'zh-CN' }
 * foreignLocalePrefix('/foo/learn') // null
 */
export function foreignLocalePrefix(
  pathname: string,
): { rest: string; locale: Locale | null } | null {
  const match = /^\/([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)(\/.*)?$/.exec(pathname)
  if (!match) return null
  const tag = match[1]!.replace(/_/g, '-')
  if (locales.some((locale) => locale.toLowerCase() === tag.toLowerCase())) return null
  let canonical: string
  try {
    canonical = Intl.getCanonicalLocales(tag)[0]!
  } catch {
    return null
  }
  const language = canonical.split('-')[0]!
  if (languageNames.of(language) === undefined) return null
  const same = locales.find((locale) => locale.split('-')[0]!.toLowerCase() === language)
  return { rest: match[2] || '/', locale: same ?? null }
}
