/**
 * @module The web app manifest, one a locale (/en/manifest.webmanifest, /zh-CN/...): its name
 * and description in the page's language, and `start_url` and `scope` in that locale, so an
 * installed app opens in the language it was installed from.
 */
import type { MetadataRoute } from 'next'
import { getTranslations } from 'next-intl/server'
import { pageLocale } from '@/lib/i18n/locale'
import { locales } from '@/lib/i18n/routing'
import { THEME_COLORS } from '@/lib/offline/theme-colors'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }))
}

export async function GET(_: Request, { params }: RouteContext<'/[locale]/manifest.webmanifest'>) {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Offline.manifest' })
  const manifest: MetadataRoute.Manifest = {
    id: `/${locale}`,
    name: t('name'),
    short_name: t('shortName'),
    description: t('description'),
    lang: locale,
    start_url: `/${locale}`,
    scope: '/',
    display: 'standalone',
    background_color: THEME_COLORS.light,
    theme_color: THEME_COLORS.light,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  }
  return new Response(JSON.stringify(manifest), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  })
}
