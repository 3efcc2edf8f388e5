import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { ComingSoon } from '@/components/ui/coming-soon'
import type { Locale } from '@/lib/i18n/routing'

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/playground'>): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'Home' })
  return { title: t('playgroundTitle'), description: t('playgroundBody') }
}

export default async function PlaygroundPage({ params }: PageProps<'/[locale]/playground'>) {
  const { locale } = await params
  setRequestLocale(locale as Locale)
  const t = await getTranslations('Home')
  return <ComingSoon title={t('playgroundTitle')} intro={t('playgroundBody')} />
}
