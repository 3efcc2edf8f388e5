/** @module <Term id>: the first use of a glossary term, linked to its glossary entry. */
import type { ReactNode } from 'react'
import NextLink from 'next/link'
import type { Locale } from '@/lib/i18n/routing'

export function Term({
  id,
  children,
  locale,
}: {
  id: string
  children?: ReactNode
  locale: Locale
}) {
  return (
    <NextLink
      href={`/${locale}/learn/glossary#${id}`}
      className="rounded-sm underline decoration-dotted decoration-1 underline-offset-4 hover:decoration-solid"
    >
      <dfn className="not-italic">{children}</dfn>
    </NextLink>
  )
}
