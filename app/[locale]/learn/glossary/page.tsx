import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { lessonComponents } from '@/components/lesson/mdx-components'
import { TableOfContents } from '@/components/lesson/table-of-contents'
import { GLOSSARY_SLUG } from '@/lib/lessons/course'
import { getGlossaryToc, hasGlossary, loadGlossaryContent } from '@/lib/lessons/load'
import { pageLocale } from '@/lib/i18n/locale'
import { localizeHref } from '@/lib/i18n/paths'

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/learn/glossary'>): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Lessons' })
  return { title: t('glossaryTitle'), description: t('glossaryIntro') }
}

export default async function GlossaryPage({ params }: PageProps<'/[locale]/learn/glossary'>) {
  const locale = await pageLocale(params)
  const t = await getTranslations('Lessons')
  // Should the glossary files ever be missing, the page says so instead of failing the build.
  const Content = hasGlossary(locale) ? await loadGlossaryContent(locale) : undefined
  const toc = getGlossaryToc(locale)

  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_14rem] lg:gap-12">
      <article className="mx-auto w-full max-w-3xl min-w-0">
        <header className="mb-8 space-y-3">
          <p className="text-sm">
            <a
              href={localizeHref('/learn', locale)}
              className="font-medium text-indigo-700 hover:underline dark:text-indigo-300"
            >
              {t('allLessons')}
            </a>
          </p>
          <h1 className="text-3xl font-bold tracking-tight">{t('glossaryTitle')}</h1>
          <p className="text-lg text-zinc-700 dark:text-zinc-300">{t('glossaryIntro')}</p>
        </header>
        <TableOfContents toc={toc} title={t('toc')} variant="collapsed" />
        {Content ? (
          <Content components={lessonComponents({ slug: GLOSSARY_SLUG, locale })} />
        ) : (
          <p className="rounded-xl border border-zinc-200 bg-zinc-50 p-4 dark:border-zinc-800 dark:bg-zinc-900">
            {t('glossaryMissing')}
          </p>
        )}
      </article>
      <aside className="hidden lg:block">
        <TableOfContents toc={toc} title={t('toc')} variant="sidebar" />
      </aside>
    </div>
  )
}
