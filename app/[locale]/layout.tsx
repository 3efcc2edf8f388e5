import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { SiteFooter } from '@/components/ui/site-footer'
import { HEADER_END_ID, SiteHeader } from '@/components/ui/site-header'
import { ErrorStringsProvider } from '@/components/ui/error-fallback'
import { OfflineSupport } from '@/components/offline/offline-support'
import { TextareaGuardScript } from '@/components/ui/textarea-guard-script'
import { ThemeScript } from '@/components/ui/theme-script'
import { IslandEarlyInputScript } from '@/components/lesson/islands/early-input'
import { routing } from '@/lib/i18n/routing'
import { THEME_COLORS } from '@/lib/offline/theme-colors'

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }))
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: 'Metadata' })
  return {
    title: { default: t('title'), template: `%s · ${t('siteName')}` },
    description: t('description'),
    alternates: {
      languages: Object.fromEntries(routing.locales.map((l) => [l, `/${l}`])),
    },
    manifest: `/${locale}/manifest.webmanifest`,
  }
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: THEME_COLORS.light },
    { media: '(prefers-color-scheme: dark)', color: THEME_COLORS.dark },
  ],
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const messages = await getMessages()

  return (
    <html lang={locale} suppressHydrationWarning>
      <head>
        <ThemeScript />
        <IslandEarlyInputScript />
        <TextareaGuardScript />
        <link rel="expect" href={`#${HEADER_END_ID}`} blocking="render" />
      </head>
      <body className="flex min-h-dvh flex-col font-sans">
        {/* No NextIntlClientProvider: client leaves get their strings as props, so pages do not
            ship the ICU runtime. The error boundary gets its three strings from this context. */}
        <ErrorStringsProvider strings={messages.Error}>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            <OfflineSupport locale={locale} strings={messages.Offline.client} />
            {children}
          </main>
        </ErrorStringsProvider>
        <SiteFooter />
      </body>
    </html>
  )
}
