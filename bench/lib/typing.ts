/**
 * @module How smooth the playground stays while a learner types inside a 64 KB token: the
 * longest main-thread task and the slowest input event over twelve keystrokes, in Chromium.
 */
import { chromium } from '@playwright/test'
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/find-chromium.mjs'
import { bigToken } from '../../test/fixtures/big-token'

export type TypingResult = {
  tokenBytes: number
  keystrokes: number
  /** Pasting the whole token at once: the longest task until the page has settled. */
  pasteLongestTaskMs: number
  /** Then typing inside it, once the paste has settled. */
  longestTaskMs: number
  slowestEventMs: number
}

/** Types twelve characters into a 64 KB token on `${base}/en/playground`; median of `runs`. */
export async function measureTyping(base: string, runs = 3): Promise<TypingResult> {
  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: CHROMIUM_FLAGS,
  })
  const token = bigToken()
  const samples: { paste: number; task: number; event: number }[] = []
  try {
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage()
      await page.goto(`${base}/en/playground`)
      // Monaco loads on the reader's first movement, once the page is hydrated.
      await page.getByTestId('verdict').and(page.locator('[data-verdict="verified"]')).waitFor()
      await page.mouse.move(200, 200)
      await page.getByTestId('pane-payload').and(page.locator('[data-editor="monaco"]')).waitFor()
      const input = page.getByLabel('Token, or text that contains one')
      await page.evaluate(() => {
        const w = window as unknown as { longTasks: number[]; slowEvents: number[] }
        w.longTasks = []
        w.slowEvents = []
        new PerformanceObserver((list) =>
          list.getEntries().forEach((e) => w.longTasks.push(e.duration)),
        ).observe({ type: 'longtask' })
        new PerformanceObserver((list) =>
          list.getEntries().forEach((e) => w.slowEvents.push(e.duration)),
        ).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit)
      })
      const read = () =>
        page.evaluate(() => {
          const w = window as unknown as { longTasks: number[]; slowEvents: number[] }
          const out = {
            task: Math.max(0, ...w.longTasks),
            event: Math.max(0, ...w.slowEvents),
          }
          w.longTasks = []
          w.slowEvents = []
          return out
        })
      await input.fill(token)
      await page.getByTestId('verdict').and(page.locator('[data-verdict="invalid"]')).waitFor()
      await page.waitForTimeout(800)
      const paste = await read()
      await input.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(200, 200))
      await page.keyboard.type('AbCdEfGhIjKl', { delay: 60 })
      await page.waitForTimeout(800)
      const typing = await read()
      samples.push({ paste: paste.task, task: typing.task, event: typing.event })
      await page.close()
    }
  } finally {
    await browser.close()
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  return {
    tokenBytes: token.length,
    keystrokes: 12,
    pasteLongestTaskMs: Math.round(median(samples.map((s) => s.paste))),
    longestTaskMs: Math.round(median(samples.map((s) => s.task))),
    slowestEventMs: Math.round(median(samples.map((s) => s.event))),
  }
}
