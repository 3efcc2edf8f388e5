import { getTranslations } from 'next-intl/server'
import { ExampleToken } from '@/components/home/example-token'
import { Link } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/locale'

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  await pageLocale(params)
  const t = await getTranslations('Home')

  const features = [
    { href: '/learn', title: t('learnTitle'), body: t('learnBody') },
    { href: '/playground', title: t('playgroundTitle'), body: t('playgroundBody') },
    { href: '/demo', title: t('demoTitle'), body: t('demoBody') },
  ] as const

  return (
    <div className="space-y-14">
      <section className="grid items-center gap-8 lg:grid-cols-2">
        <div className="space-y-5">
          <p className="text-sm font-semibold tracking-wide text-indigo-700 uppercase dark:text-indigo-300">
            {t('eyebrow')}
          </p>
          <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">
            {t('title')}
          </h1>
          <p className="text-lg text-zinc-700 dark:text-zinc-300">
            {t.rich('lead', {
              code: (chunks) => (
                <code className="rounded bg-zinc-100 px-1 py-0.5 font-mono text-[0.9em] dark:bg-zinc-800">
                  {chunks}
                </code>
              ),
            })}
          </p>
          <div className="flex flex-wrap gap-3">
            <Link
              href="/learn"
              className="rounded-lg bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800 dark:bg-indigo-400 dark:text-zinc-950 dark:hover:bg-indigo-300"
            >
              {t('startLearning')}
            </Link>
            <Link
              href="/playground"
              className="rounded-lg border border-zinc-300 px-4 py-2 font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
            >
              {t('openPlayground')}
            </Link>
          </div>
        </div>
        <ExampleToken
          labels={{
            label: t('exampleLabel'),
            header: t('header'),
            payload: t('payload'),
            signature: t('signature'),
          }}
        />
      </section>
      <section aria-labelledby="features">
        <h2 id="features" className="mb-4 text-xl font-semibold">
          {t('featuresTitle')}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {features.map((f) => (
            <li key={f.href}>
              <Link
                href={f.href}
                className="block h-full rounded-xl border border-zinc-200 p-5 hover:border-indigo-400 hover:bg-zinc-50 dark:border-zinc-800 dark:hover:border-indigo-500 dark:hover:bg-zinc-900"
              >
                <h3 className="mb-2 font-semibold">{f.title}</h3>
                <p className="text-sm text-zinc-700 dark:text-zinc-300">{f.body}</p>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
