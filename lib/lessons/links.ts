/** @module Locale prefixes for the locale-free links lessons are written with. */
import type { Locale } from '@/lib/i18n/routing'

/**
 * @example
 * lessonHref('/learn/header#alg', 'zh-CN') // => '/zh-CN/learn/header#alg'
 * lessonHref('https://www.rfc-editor.org/rfc/rfc7519', 'en') // unchanged
 */
export function lessonHref(href: string, locale: Locale): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href
  if (href === '/' || href.startsWith('/#')) return `/${locale}${href.slice(1)}`
  return `/${locale}${href}`
}
