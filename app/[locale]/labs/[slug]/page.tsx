import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getMessages, getTranslations } from 'next-intl/server'
import { Highlighted } from '@/components/demo/code-compare'
import { LabClient } from '@/components/labs/lab-client'
import { LabHints } from '@/components/labs/lab-hints'
import { localizeHref } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/locale'
import { locales } from '@/lib/i18n/routing'
import { isLabSlug, LAB_SLUGS, LABS } from '@/lib/labs/catalog'
import { verifierCode } from '@/lib/labs/verifier-code'
import { labTools } from '@/lib/labs-ui/workbench'
import { getLessonMeta } from '@/lib/lessons/load'

export function generateStaticParams() {
  return LAB_SLUGS.map((slug) => ({ slug }))
}

export const dynamicParams = false

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/labs/[slug]'>): Promise<Metadata> {
  const { slug } = await params
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Labs' })
  if (!isLabSlug(slug)) return {}
  return {
    title: t(`labs.${slug}.title`),
    description: t(`labs.${slug}.summary`),
    alternates: { languages: Object.fromEntries(locales.map((l) => [l, `/${l}/labs/${slug}`])) },
  }
}

/** A message group `{ "1": …, "2": … }` as a list, in key order. */
function numbered(group: Record<string, string>): string[] {
  return Object.keys(group)
    .sort((a, b) => Number(a) - Number(b))
    .map((key) => group[key]!)
}

export default async function LabPage({ params }: PageProps<'/[locale]/labs/[slug]'>) {
  const { slug } = await params
  const locale = await pageLocale(params)
  if (!isLabSlug(slug)) notFound()
  const lab = LABS[slug]
  const t = await getTranslations('Labs')
  const messages = await getMessages()
  const text = messages.Labs.labs[slug]
  const lesson = getLessonMeta(lab.lesson.slug, locale)
  const source = verifierCode(slug)

  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          <a
            href={localizeHref('/labs', locale)}
            className="font-medium text-indigo-700 hover:underline dark:text-indigo-300"
          >
            {t('title')}
          </a>{' '}
          · {t(`levels.${lab.level}`)}
        </p>
        <h1 className="text-3xl font-bold tracking-tight text-balance">{text.title}</h1>
        <p className="text-lg text-zinc-700 dark:text-zinc-300">{text.story}</p>
        <p className="rounded-lg border border-indigo-200 bg-indigo-50 px-3 py-2 font-medium text-indigo-950 dark:border-indigo-900 dark:bg-indigo-950/40 dark:text-indigo-100">
          {t('page.goal')}
        </p>
        {lesson && (
          <p className="text-sm">
            <a
              href={`${localizeHref(`/learn/${lab.lesson.slug}`, locale)}#${lab.lesson.heading}`}
              className="text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
            >
              {t('lesson', { title: lesson.title })}
            </a>
          </p>
        )}
      </header>

      <LabClient
        slug={slug}
        tools={labTools(slug)}
        strings={messages.Labs.client}
        codes={messages.Labs.codes}
        jwtErrors={messages.Jwt.errors}
        locale={locale}
        code={{
          title: t('page.vulnerableTitle'),
          note: t('page.vulnerableNote'),
          vulnerable: (
            <Highlighted code={source.vulnerable} lang="ts" label={t('page.vulnerableLabel')} />
          ),
          hardened: (
            <Highlighted code={source.hardened} lang="ts" label={t('page.hardenedLabel')} />
          ),
        }}
      />

      <LabHints
        hints={numbered(text.hints)}
        solution={numbered(text.solution)}
        strings={messages.Labs.client.hints}
      />
    </div>
  )
}
