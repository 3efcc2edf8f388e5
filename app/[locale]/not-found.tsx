import { getTranslations } from 'next-intl/server'
import { ClosestLesson } from '@/components/lesson/closest-lesson'
import { Link, localizeHref } from '@/lib/i18n/navigation'
import { listLessons } from '@/lib/lessons/load'
import { requestLocale } from '@/lib/i18n/locale'

// The <title> comes from the page that called notFound() (the lesson page, the catch-all), which
// knows its locale from the params; here, reading the request would make a static route dynamic.
export default async function NotFound() {
  const t = await getTranslations('NotFound')
  const locale = await requestLocale()
  const lessons = listLessons(locale).map(({ slug, title }) => ({
    slug,
    title,
    href: localizeHref(`/learn/${slug}`, locale),
  }))
  const link = 'font-medium text-indigo-700 underline underline-offset-4 dark:text-indigo-300'
  return (
    <div className="max-w-xl space-y-4 py-10">
      <p className="font-mono text-sm text-zinc-600 dark:text-zinc-400">404</p>
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p className="text-zinc-700 dark:text-zinc-300">{t('body')}</p>
      <ClosestLesson lessons={lessons} template={t.raw('closestLesson') as string} />
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href="/learn" className={link}>
            {t('courseIndex')}
          </Link>
        </li>
        <li>
          <Link href="/" className={link}>
            {t('home')}
          </Link>
        </li>
      </ul>
    </div>
  )
}
