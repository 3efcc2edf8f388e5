import type { Metadata } from 'next'
import { getMessages, getTranslations } from 'next-intl/server'
import { CodeCompare } from '@/components/demo/code-compare'
import { DemoClient } from '@/components/demo/demo-client'
import { ACCESS_TOKEN_TTL, DEMO_ACCOUNTS, SIGNING_ALGS } from '@/lib/auth'
import { CLOCK_TOLERANCE_S, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/config'
import { SEED_SAMPLES } from '@/lib/demo/code-samples'
import { ROUTE_STEPS, type RouteStep } from '@/lib/demo/exchange'
import { serverCode } from '@/lib/demo/server-code'
import { localizeHref } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/locale'

export async function generateMetadata({ params }: PageProps<'/[locale]/demo'>): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Demo' })
  return { title: t('title'), description: t('description') }
}

/** 5 minutes (the default), 30 s to watch expiry, 10 s (the minimum) to watch it quickly. */
const LIFETIMES = [ACCESS_TOKEN_TTL.default, 30, ACCESS_TOKEN_TTL.min]

export default async function DemoPage({ params }: PageProps<'/[locale]/demo'>) {
  const locale = await pageLocale(params)
  const t = await getTranslations('Demo')
  const messages = await getMessages()

  // Read from the source files and highlighted here, at build time; the client receives markup.
  const code = Object.fromEntries(
    ROUTE_STEPS.map((step) => [
      step,
      <CodeCompare
        key={step}
        sample={{ ours: serverCode(step), seed: SEED_SAMPLES[step] }}
        labels={{
          ours: t('code.ours'),
          seed: t('code.seed'),
          wrong: t('code.wrong'),
          note: t(`code.${step}`),
        }}
      />,
    ]),
  ) as Record<RouteStep, React.ReactNode>

  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-balance">{t('title')}</h1>
        <p className="text-lg text-zinc-700 dark:text-zinc-300">{t('intro')}</p>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('accountsNote')}</p>
      </header>
      <DemoClient
        strings={messages.Demo.client}
        errors={messages.Api.errors}
        accounts={DEMO_ACCOUNTS.map(({ email, password, name }) => ({ email, password, name }))}
        algs={SIGNING_ALGS}
        lifetimes={LIFETIMES}
        leeway={CLOCK_TOLERANCE_S}
        passwordLength={{ min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH }}
        locale={locale}
        playgroundHref={localizeHref('/playground', locale)}
        jwksHref="/.well-known/jwks.json"
        code={code}
      />
      <section
        aria-labelledby="demo-replay-note"
        className="max-w-3xl space-y-2 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800"
      >
        <h2 id="demo-replay-note" className="text-lg font-semibold">
          {t('replayTitle')}
        </h2>
        <p className="text-zinc-700 dark:text-zinc-300">{t('replayBody')}</p>
      </section>
    </div>
  )
}
