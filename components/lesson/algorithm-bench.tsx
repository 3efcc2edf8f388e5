/**
 * @module <AlgorithmBench>: a fresh key of each kind (HS256, RS256, PS256, ES256, Ed25519)
 * generated and timed in the reader's browser, beside the sizes of key, signature and token. The
 * server renders the empty table; the live AlgorithmBenchLive (an island) measures on request.
 */
import { getLocale, getTranslations } from 'next-intl/server'
import { Island } from './islands/island'
import { AlgorithmBenchView, type BenchLabels } from './algorithm-bench-view'
import { WidgetFrame } from './token-parts'

export async function AlgorithmBench() {
  const t = await getTranslations('Lessons.algorithmBench')
  const locale = await getLocale()
  const labels: BenchLabels = {
    caption: t('caption'),
    columns: {
      alg: t('columns.alg'),
      publicJwk: t('columns.publicJwk'),
      publicPem: t('columns.publicPem'),
      signature: t('columns.signature'),
      token: t('columns.token'),
      keygen: t('columns.keygen'),
      sign: t('columns.sign'),
      verify: t('columns.verify'),
    },
    secretOnly: t.raw('secretOnly'),
    unsupported: t('unsupported'),
    run: t('run'),
    runAgain: t('runAgain'),
    cancel: t('cancel'),
    idle: t('idle'),
    progress: t.raw('progress'),
    phases: { keygen: t('phases.keygen'), sign: t('phases.sign'), verify: t('phases.verify') },
    done: t.raw('done'),
    cancelled: t('cancelled'),
    note: t('note'),
  }
  return (
    <WidgetFrame title={t('title')} testId="algorithm-bench">
      <Island name="algorithms" props={{ labels, locale }}>
        <AlgorithmBenchView labels={labels} locale={locale} />
      </Island>
    </WidgetFrame>
  )
}
