// Runs Lighthouse in plain Node: under tsx, esbuild's __name helper leaks into the functions
// Lighthouse serialises into the page, and they fail there. Called by bench/lib/lighthouse.ts
// with a JSON job on argv[2]; prints one JSON array of samples on stdout.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'

const { chromePath, chromeFlags, url, preset, runs } = JSON.parse(process.argv[2])
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
      tbt: lhr.audits['total-blocking-time']?.numericValue ?? null,
      cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
    })
  }
} finally {
  await chrome.kill()
}
process.stdout.write(JSON.stringify(samples))
