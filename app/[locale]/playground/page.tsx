import type { Metadata } from 'next'
import { getMessages, getTranslations } from 'next-intl/server'
import { EXAMPLE_TOKEN } from '@/components/home/example-token'
import { Playground } from '@/components/playground/playground'
import { playgroundStrings } from '@/components/playground/strings'
import { ShieldIcon } from '@/components/ui/shield-icon'
import { localizeHref } from '@/lib/i18n/navigation'
import { EXAMPLE_SECRET, VALID_EXAMPLE } from '@/lib/playground/examples'
import { LESSON_SLUGS, type LessonSlug } from '@/lib/playground/lessons'
import { pageLocale } from '@/lib/i18n/locale'

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/playground'>): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Playground' })
  return { title: t('title'), description: t('metaDescription') }
}

export default async function PlaygroundPage({ params }: PageProps<'/[locale]/playground'>) {
  const locale = await pageLocale(params)
  // Raw strings: the client fills `{placeholders}` itself, so no ICU runtime ships to the page.
  const messages = await getMessages()
  const page = messages.Playground
  const lessonHrefs = Object.fromEntries(
    LESSON_SLUGS.map((slug) => [slug, localizeHref(`/learn/${slug}`, locale)]),
  ) as Record<LessonSlug, string>

  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">{page.title}</h1>
        <p className="text-zinc-700 dark:text-zinc-300">{page.intro}</p>
      </header>
      <Playground
        strings={playgroundStrings(messages)}
        locale={locale}
        example={{ token: VALID_EXAMPLE, secret: EXAMPLE_SECRET }}
        expiredExample={EXAMPLE_TOKEN}
        lessonHrefs={lessonHrefs}
        editorHint={
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            {page.editors.hoverHint} {page.editors.keyboard}
          </p>
        }
        privacy={
          // Beside the input, where the reader pastes: the token input stays on a phone's first
          // screen.
          <p className="flex gap-2 rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950/40 dark:text-emerald-50">
            <ShieldIcon size={18} />
            <span>
              <strong className="font-semibold">{page.privacy}</strong> {page.storage}
            </span>
          </p>
        }
      />
    </div>
  )
}
