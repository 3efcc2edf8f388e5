// Runs Lighthouse in plain Node: under tsx, esbuild's __name helper leaks into the functions
// Lighthouse serialises into the page, and they fail there. Called by bench/lib/lighthouse.ts
// with a JSON job on argv[2]; prints one JSON array of samples on stdout.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'

const { chromePath, chromeFlags, url, preset, runs } = JSON.parse(process.argv[2])

/** Bytes on the wire of the page's own requests of one resource type (Lighthouse's names). */
function transferBytes(lhr, type) {
  const items = lhr.audits['network-requests']?.details?.items ?? []
  return items
    .filter((r) => r.resourceType === type)
    .reduce((sum, r) => sum + (r.transferSize ?? 0), 0)
}

/** The render-blocking requests Lighthouse names (CSS and parser-blocking scripts), by path. */
function renderBlocking(lhr) {
  const items = lhr.audits['render-blocking-insight']?.details?.items ?? []
  return items.map((r) => new URL(r.url).pathname)
}

/** What Lighthouse says the LCP element waited for: time to first byte, then render delay etc. */
function lcpPhases(lhr) {
  const details = lhr.audits['lcp-breakdown-insight']?.details
  const table = details?.items?.find((i) => i.type === 'table')
  return Object.fromEntries(
    (table?.items ?? []).map((row) => [row.subpart ?? row.label, Math.round(row.duration ?? 0)]),
  )
}

/** The element Lighthouse took as the largest paint (its text, shortened). */
function lcpElement(lhr) {
  const items = lhr.audits['lcp-breakdown-insight']?.details?.items ?? []
  const node = items.find((i) => i.type === 'node')
  return node?.nodeLabel ?? node?.snippet ?? null
}

const chrome = await chromeLauncher.launch({ chromePath, chromeFlags })
const samples = []
try {
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      preset === 'desktop' ? desktopConfig : undefined,
    )
    const lhr = result?.lhr
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`)
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`)
    samples.push({
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? null,
      fcp: lhr.audits['first-contentful-paint']?.numericValue ?? null,
      tbt: lhr.audits['total-blocking-time']?.numericValue ?? null,
      cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
      fontBytes: transferBytes(lhr, 'Font'),
      cssBytes: transferBytes(lhr, 'Stylesheet'),
      htmlBytes: transferBytes(lhr, 'Document'),
      renderBlocking: renderBlocking(lhr),
      lcpPhases: lcpPhases(lhr),
      lcpElement: lcpElement(lhr),
    })
  }
} finally {
  await chrome.kill()
}
process.stdout.write(JSON.stringify(samples))
