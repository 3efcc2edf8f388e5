import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { LessonStatus, ProgressSummary } from '@/components/lesson/course-progress'
import { COURSE } from '@/lib/lessons/course'
import { listLessons } from '@/lib/lessons/load'
import { pageLocale } from '@/lib/i18n/locale'
import { localizeHref } from '@/lib/i18n/paths'

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/learn'>): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Lessons' })
  return { title: t('indexTitle'), description: t('indexIntro') }
}

export default async function LearnPage({ params }: PageProps<'/[locale]/learn'>) {
  const locale = await pageLocale(params)
  const t = await getTranslations('Lessons')
  const lessons = listLessons(locale)
  const missing = COURSE.length - lessons.length

  return (
    <div className="mx-auto max-w-3xl space-y-10">
      <header className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight">{t('indexTitle')}</h1>
        <p className="text-lg text-zinc-700 dark:text-zinc-300">{t('indexIntro')}</p>
      </header>

      <section
        aria-labelledby="progress"
        className="rounded-xl border border-zinc-200 bg-zinc-50 p-4 dark:border-zinc-800 dark:bg-zinc-900"
      >
        <h2 id="progress" className="mb-1 text-sm font-semibold text-zinc-600 dark:text-zinc-400">
          {t('progressTitle')}
        </h2>
        <ProgressSummary
          slugs={lessons.map((lesson) => lesson.slug)}
          template={t.raw('progressSummary') as string}
        />
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t('progressStorage')}</p>
      </section>

      <ol className="space-y-4" aria-label={t('indexTitle')}>
        {lessons.map((lesson) => (
          <li
            key={lesson.slug}
            className="relative rounded-xl border border-zinc-200 p-5 focus-within:border-indigo-400 hover:border-indigo-400 dark:border-zinc-800 dark:hover:border-indigo-500"
          >
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {t('lessonNumber', { number: lesson.number })} ·{' '}
              {t('readingTime', { minutes: lesson.minutes })}
            </p>
            <h2 className="mt-1 text-lg font-semibold">
              <a
                href={localizeHref(`/learn/${lesson.slug}`, locale)}
                className="rounded-sm after:absolute after:inset-0 hover:text-indigo-700 dark:hover:text-indigo-300"
              >
                {lesson.title}
              </a>
            </h2>
            <p className="mt-1 text-zinc-700 dark:text-zinc-300">{lesson.summary}</p>
            <div className="mt-2" data-testid={`status-${lesson.slug}`}>
              <LessonStatus
                slug={lesson.slug}
                labels={{ read: t('statusRead'), passed: t('statusPassed') }}
              />
            </div>
          </li>
        ))}
      </ol>
      {missing > 0 && (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {t('inPreparation', { count: missing })}
        </p>
      )}
      <p>
        <a
          href={localizeHref('/learn/glossary', locale)}
          className="font-medium text-indigo-700 underline underline-offset-4 dark:text-indigo-300"
        >
          {t('glossaryLink')}
        </a>
      </p>
    </div>
  )
}
