import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { LessonPager } from '@/components/lesson/lesson-pager'
import { MarkRead } from '@/components/lesson/mark-read'
import { lessonComponents } from '@/components/lesson/mdx-components'
import { TableOfContents } from '@/components/lesson/table-of-contents'
import { locales, type Locale } from '@/lib/i18n/routing'
import { isLessonSlug } from '@/lib/lessons/course'
import { getLessonMeta, listLessons, loadLessonContent, publishedSlugs } from '@/lib/lessons/load'
import { pageLocale } from '@/lib/i18n/locale'
import { localizeHref } from '@/lib/i18n/paths'

export function generateStaticParams() {
  return publishedSlugs(locales).map((slug) => ({ slug }))
}

function findLesson(slug: string, locale: Locale) {
  return isLessonSlug(slug) ? getLessonMeta(slug, locale) : undefined
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/learn/[slug]'>): Promise<Metadata> {
  const { slug } = await params
  const locale = await pageLocale(params)
  const lesson = findLesson(slug, locale)
  if (!lesson) {
    // The 404's title, in the page's language (see app/[locale]/[...rest]/page.tsx).
    const t = await getTranslations({ locale, namespace: 'NotFound' })
    return { title: t('title') }
  }
  return {
    title: lesson.title,
    description: lesson.summary,
    alternates: {
      languages: Object.fromEntries(locales.map((l) => [l, `/${l}/learn/${slug}`])),
    },
  }
}

export default async function LessonPage({ params }: PageProps<'/[locale]/learn/[slug]'>) {
  const { slug } = await params
  // Before notFound(): the 404 page reads the locale that this sets.
  const locale = await pageLocale(params)
  const lesson = findLesson(slug, locale)
  if (!lesson) notFound()
  const t = await getTranslations('Lessons')
  const Content = await loadLessonContent(lesson.slug, locale)
  const lessons = listLessons(locale)
  const index = lessons.findIndex((l) => l.slug === lesson.slug)

  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_14rem] lg:gap-12">
      <article className="mx-auto w-full max-w-3xl min-w-0" data-lesson-article>
        <header className="mb-8 space-y-3">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            <a
              href={localizeHref('/learn', locale)}
              className="font-medium text-indigo-700 hover:underline dark:text-indigo-300"
            >
              {t('allLessons')}
            </a>{' '}
            · {t('lessonNumber', { number: lesson.number })} ·{' '}
            {t('readingTime', { minutes: lesson.minutes })}
          </p>
          <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">
            {lesson.title}
          </h1>
          <p className="text-lg text-zinc-700 dark:text-zinc-300">{lesson.summary}</p>
        </header>
        <TableOfContents toc={lesson.toc} title={t('toc')} variant="collapsed" />
        <Content components={lessonComponents({ slug: lesson.slug, locale })} />
        <MarkRead slug={lesson.slug} />
        <LessonPager
          previous={lessons[index - 1]}
          next={lessons[index + 1]}
          locale={locale}
          labels={{ nav: t('courseNav'), previous: t('previous'), next: t('next') }}
        />
      </article>
      <aside className="hidden lg:block">
        <TableOfContents toc={lesson.toc} title={t('toc')} variant="sidebar" />
      </aside>
    </div>
  )
}
