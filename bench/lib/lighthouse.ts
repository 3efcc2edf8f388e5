/** @module Lighthouse 12 in Debian's Chromium, offline, median of several runs. */
import { spawnSync } from 'node:child_process'
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/find-chromium.mjs'

export type LighthouseRow = {
  page: string
  preset: 'mobile' | 'desktop'
  runs: number
  score: number
  lcpMs: number
  tbtMs: number
  cls: number
}

const chromeFlags = ['--headless=new', ...CHROMIUM_FLAGS]

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

type Sample = { score: number; lcp: number; tbt: number; cls: number }

function runChild(job: object): Sample[] {
  const child = spawnSync(
    process.execPath,
    ['bench/lib/lighthouse-child.mjs', JSON.stringify(job)],
    {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
      timeout: 10 * 60 * 1000,
    },
  )
  if (child.status !== 0) throw new Error(`Lighthouse failed: ${child.stderr || child.error}`)
  return JSON.parse(child.stdout) as Sample[]
}

/** Measures each URL `runs` times per preset (fresh Chromium per page) and reports the medians. */
export async function measurePages(
  pages: { name: string; url: string }[],
  presets: ('mobile' | 'desktop')[],
  runs: number,
): Promise<LighthouseRow[]> {
  const chromePath = findChromium()
  if (!chromePath) throw new Error('No Chromium found for Lighthouse (apt-get install chromium).')
  const rows: LighthouseRow[] = []
  for (const preset of presets) {
    for (const page of pages) {
      const samples = runChild({ chromePath, chromeFlags, url: page.url, preset, runs })
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
  return rows
}
