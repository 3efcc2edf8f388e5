/**
 * @module Locale-aware links and redirects.
 *
 * next-intl's own `Link` is a client component that needs `NextIntlClientProvider`, which ships
 * the ICU message runtime (~12 KB gzip) to every page. Pages here are server components and
 * client leaves get their strings as props, so links are resolved on the server instead:
 * `<Link href="/learn">` renders a plain link to `/en/learn` or `/zh-CN/learn`.
 * In a client component, take an already localized href as a prop (see `localizeHref`).
 */
import type { ComponentProps } from 'react'
import { redirect as nextRedirect } from 'next/navigation'
import { requestLocale } from './locale'
import { localizeHref } from './paths'
import type { Locale } from './routing'

export { localizeHref, stripLocale } from './paths'

/** Redirects to a locale-free path in the current locale. Server components and actions only. */
export async function redirect(href: string): Promise<never> {
  nextRedirect(localizeHref(href, await requestLocale()))
}

type LinkProps = Omit<ComponentProps<'a'>, 'href'> & { href: string; locale?: Locale }

/**
 * A link that adds the current (or given) locale prefix. Server components only. A plain `<a>`:
 * <LinkRouter> opens it without a reload.
 */
export async function Link({ href, locale, ...rest }: LinkProps) {
  const current = locale ?? (await requestLocale())
  return <a href={localizeHref(href, current)} {...rest} />
}
