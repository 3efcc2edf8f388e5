/** @module Lighthouse 12 in Debian's Chromium, offline, median of several runs. */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { findChromium } from '../../scripts/find-chromium.mjs'

export type LighthouseRow = {
  page: string
  preset: 'mobile' | 'desktop'
  runs: number
  score: number
  lcpMs: number
  tbtMs: number
  cls: number
}

const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** Measures each URL `runs` times per preset in one Chromium and reports the medians. */
export async function measurePages(
  pages: { name: string; url: string }[],
  presets: ('mobile' | 'desktop')[],
  runs: number,
): Promise<LighthouseRow[]> {
  const chromePath = findChromium()
  if (!chromePath) throw new Error('No Chromium found for Lighthouse (apt-get install chromium).')
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags })
  const rows: LighthouseRow[] = []
  try {
    for (const preset of presets) {
      for (const page of pages) {
        const samples: { score: number; lcp: number; tbt: number; cls: number }[] = []
        for (let i = 0; i < runs; i++) {
          const result = await lighthouse(
            page.url,
            {
              port: chrome.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: ['performance'],
            },
            preset === 'desktop' ? desktopConfig : undefined,
          )
          const lhr = result?.lhr
          if (!lhr) throw new Error(`Lighthouse returned nothing for ${page.url}`)
          samples.push({
            score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
            lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
            tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
            cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
          })
        }
        rows.push({
          page: page.name,
          preset,
          runs,
          score: median(samples.map((s) => s.score)),
          lcpMs: Math.round(median(samples.map((s) => s.lcp))),
          tbtMs: Math.round(median(samples.map((s) => s.tbt))),
          cls: Number(median(samples.map((s) => s.cls)).toFixed(3)),
        })
        console.log(`  lighthouse ${preset} ${page.name}: ${rows.at(-1)!.score}`)
      }
    }
  } finally {
    await chrome.kill()
  }
  return rows
}
