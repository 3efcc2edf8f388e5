import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { isLocale } from '@/lib/i18n/routing'

// A 404's <title> comes from the page that gave up, with its locale known from the params
// (the not-found component is not told the locale, and reading headers would make it dynamic).
export async function generateMetadata({
  params,
}: PageProps<'/[locale]/[...rest]'>): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'NotFound' })
  return { title: t('title') }
}

// Any path under a known locale that no page claims renders the translated 404.
export default async function CatchAllPage({ params }: PageProps<'/[locale]/[...rest]'>) {
  const { locale } = await params
  if (isLocale(locale)) setRequestLocale(locale)
  notFound()
}
