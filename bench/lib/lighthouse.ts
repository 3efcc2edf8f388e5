/** @module Lighthouse 12 in Debian's Chromium, offline, median and spread of several runs. */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/find-chromium.mjs'

const execFileAsync = promisify(execFile)

/** Median, lowest and highest of one figure over the runs. */
export type Spread = { median: number; min: number; max: number }

export type LighthouseRow = {
  page: string
  preset: 'mobile' | 'desktop'
  runs: number
  score: number
  lcpMs: number
  tbtMs: number
  cls: number
  spread: { score: Spread; lcpMs: Spread; cls: Spread }
  fcpMs: number
  /** Bytes on the wire in the median run, by kind. */
  fontBytes: number
  cssBytes: number
  htmlBytes: number
  /** Paths Lighthouse calls render-blocking (the same in every run of one build). */
  renderBlocking: string[]
  /** The observed (unthrottled) LCP breakdown of the first run, ms per phase. */
  lcpPhases: Record<string, number>
  lcpElement: string | null
}

const chromeFlags = ['--headless=new', ...CHROMIUM_FLAGS]

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b)
  return { median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted.at(-1)! }
}

type Sample = {
  score: number
  lcp: number
  fcp: number
  tbt: number
  cls: number
  fontBytes: number
  cssBytes: number
  htmlBytes: number
  renderBlocking: string[]
  lcpPhases: Record<string, number>
  lcpElement: string | null
}

/**
 * One Lighthouse run in a child process, awaited without blocking this process: the content
 * yardstick's pages are served from here (bench/lib/content-yardstick.ts), and a blocked event
 * loop left Chromium waiting for them until its tab was lost.
 */
async function runChild(job: object): Promise<Sample[]> {
  try {
    const { stdout } = await execFileAsync(
      process.execPath,
      ['bench/lib/lighthouse-child.mjs', JSON.stringify(job)],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, timeout: 10 * 60 * 1000 },
    )
    return JSON.parse(stdout) as Sample[]
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr
    throw new Error(`Lighthouse failed: ${stderr || String(error)}`)
  }
}

function summarise(page: string, preset: 'mobile' | 'desktop', samples: Sample[]): LighthouseRow {
  const score = spread(samples.map((s) => s.score))
  const lcpMs = spread(samples.map((s) => Math.round(s.lcp)))
  const cls = spread(samples.map((s) => Number(s.cls.toFixed(3))))
  const byLcp = [...samples].sort((a, b) => a.lcp - b.lcp)
  const mid = byLcp[Math.floor(byLcp.length / 2)]!
  return {
    page,
    preset,
    runs: samples.length,
    score: score.median,
    lcpMs: lcpMs.median,
    tbtMs: Math.round(spread(samples.map((s) => s.tbt)).median),
    cls: cls.median,
    spread: { score, lcpMs, cls },
    fcpMs: Math.round(spread(samples.map((s) => s.fcp)).median),
    fontBytes: mid.fontBytes,
    cssBytes: mid.cssBytes,
    htmlBytes: mid.htmlBytes,
    renderBlocking: mid.renderBlocking,
    lcpPhases: samples[0]!.lcpPhases,
    lcpElement: samples[0]!.lcpElement,
  }
}

/**
 * Measures each URL `runs` times per preset and reports medians and spread. The pages take
 * turns run by run (page 1, page 2, …, page 1, page 2, …), so a burst of load on the shared
 * machine lands on every page, the yardstick included, rather than on one page's three runs.
 */
export async function measurePages(
  pages: { name: string; url: string }[],
  presets: ('mobile' | 'desktop')[],
  runs: number,
): Promise<LighthouseRow[]> {
  const chromePath = findChromium()
  if (!chromePath) throw new Error('No Chromium found for Lighthouse (apt-get install chromium).')
  const rows: LighthouseRow[] = []
  for (const preset of presets) {
    const samples = pages.map(() => [] as Sample[])
    for (let run = 0; run < runs; run++) {
      for (const [i, page] of pages.entries()) {
        samples[i]!.push(
          ...(await runChild({ chromePath, chromeFlags, url: page.url, preset, runs: 1 })),
        )
      }
    }
    pages.forEach((page, i) => {
      rows.push(summarise(page.name, preset, samples[i]!))
      const row = rows.at(-1)!
      console.log(`  lighthouse ${preset} ${page.name}: ${row.score}, LCP ${row.lcpMs} ms`)
    })
  }
  return rows
}

export type Payload = {
  /** The HTML document as served, raw and gzip. */
  htmlBytes: number
  htmlGzip: number
  /** The RSC payload inlined in that HTML (the strings of `self.__next_f.push`), raw. */
  inlineRscBytes: number
  /** The RSC payload a client-side navigation to the page fetches, raw and gzip. */
  rscBytes: number
  rscGzip: number
}

/** What the HTML and the RSC payload of one page weigh (the page is fetched twice). */
export async function measurePayload(url: string): Promise<Payload> {
  const html = Buffer.from(await (await fetch(url)).arrayBuffer())
  const text = html.toString('utf8')
  let inlineRscBytes = 0
  for (const match of text.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)) {
    inlineRscBytes += Buffer.byteLength(JSON.parse(match[1]!) as string)
  }
  const rsc = Buffer.from(await (await fetch(url, { headers: { RSC: '1' } })).arrayBuffer())
  return {
    htmlBytes: html.length,
    htmlGzip: gzipSync(html).length,
    inlineRscBytes,
    rscBytes: rsc.length,
    rscGzip: gzipSync(rsc).length,
  }
}
