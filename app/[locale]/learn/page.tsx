import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { ComingSoon } from '@/components/ui/coming-soon'
import type { Locale } from '@/lib/i18n/routing'

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/learn'>): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'Home' })
  return { title: t('learnTitle'), description: t('learnBody') }
}

export default async function LearnPage({ params }: PageProps<'/[locale]/learn'>) {
  const { locale } = await params
  setRequestLocale(locale as Locale)
  const t = await getTranslations('Home')
  return <ComingSoon title={t('learnTitle')} intro={t('learnBody')} />
}
