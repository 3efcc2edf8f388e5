import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { LabsProgress, SolvedBadge } from '@/components/labs/labs-progress'
import { localizeHref } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/locale'
import { locales } from '@/lib/i18n/routing'
import { LAB_LEVELS, LAB_SLUGS, LABS } from '@/lib/labs/catalog'
import { getLessonMeta } from '@/lib/lessons/load'

export async function generateMetadata({ params }: PageProps<'/[locale]/labs'>): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Labs' })
  return {
    title: t('title'),
    description: t('description'),
    alternates: { languages: Object.fromEntries(locales.map((l) => [l, `/${l}/labs`])) },
  }
}

export default async function LabsIndexPage({ params }: PageProps<'/[locale]/labs'>) {
  const locale = await pageLocale(params)
  const t = await getTranslations('Labs')

  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-balance">{t('title')}</h1>
        <p className="text-lg text-zinc-700 dark:text-zinc-300">{t('intro')}</p>
        <LabsProgress slugs={LAB_SLUGS} template={t('progress')} />
      </header>
      {LAB_LEVELS.map((level) => (
        <section key={level} aria-labelledby={`level-${level}`} className="space-y-3">
          <h2 id={`level-${level}`} className="text-xl font-semibold">
            {t(`levels.${level}`)}
          </h2>
          <ul className="grid gap-3 md:grid-cols-2">
            {LAB_SLUGS.filter((slug) => LABS[slug].level === level).map((slug) => {
              const lab = LABS[slug]
              const lesson = getLessonMeta(lab.lesson.slug, locale)
              return (
                <li
                  key={slug}
                  className="flex flex-col gap-2 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800"
                >
                  <div className="flex items-start justify-between gap-3">
                    <h3 className="font-semibold">
                      <a
                        href={localizeHref(`/labs/${slug}`, locale)}
                        className="text-indigo-700 hover:underline dark:text-indigo-300"
                      >
                        {t(`labs.${slug}.title`)}
                      </a>
                    </h3>
                    <SolvedBadge slug={slug} label={t('solved')} />
                  </div>
                  <p className="text-sm text-zinc-700 dark:text-zinc-300">
                    {t(`labs.${slug}.summary`)}
                  </p>
                  {lesson && (
                    <p className="text-sm">
                      <a
                        href={`${localizeHref(`/learn/${lab.lesson.slug}`, locale)}#${lab.lesson.heading}`}
                        className="text-zinc-600 underline underline-offset-2 hover:text-indigo-700 dark:text-zinc-400 dark:hover:text-indigo-300"
                      >
                        {t('lesson', { title: lesson.title })}
                      </a>
                    </p>
                  )}
                </li>
              )
            })}
          </ul>
        </section>
      ))}
    </div>
  )
}
