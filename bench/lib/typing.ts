/**
 * @module How smooth the playground stays while a learner pastes and types inside a 64 KB token:
 * the longest main-thread task and the slowest input event, in Chromium, optionally with the CPU
 * slowed down (CDP `Emulation.setCPUThrottlingRate`) to stand in for a phone.
 */
import { chromium } from '@playwright/test'
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/find-chromium.mjs'
import { bigToken } from '../../test/fixtures/big-token'

/** A median over the runs, with the smallest and largest sample beside it. */
export type Spread = { median: number; min: number; max: number }

export type TypingResult = {
  tokenBytes: number
  keystrokes: number
  /** 1: unthrottled; 4: the CPU slowed four times. */
  cpuThrottle: number
  /** Pasting the whole token at once: the longest task until the page has settled. */
  pasteLongestTaskMs: Spread
  /** The paste's own input event, from the key press to the next paint. */
  pasteSlowestEventMs: Spread
  /** Then typing inside it, once the paste has settled. */
  longestTaskMs: Spread
  slowestEventMs: Spread
}

const KEYS = 'AbCdEfGhIjKl'

function spread(xs: number[]): Spread {
  const sorted = [...xs].sort((a, b) => a - b)
  return {
    median: Math.round(sorted[Math.floor(sorted.length / 2)]!),
    min: Math.round(sorted[0]!),
    max: Math.round(sorted[sorted.length - 1]!),
  }
}

/** `12 (9–15)`: a spread as one table cell. */
export function spreadText(s: Spread): string {
  return s.min === s.max ? String(s.median) : `${s.median} (${s.min}–${s.max})`
}

/**
 * Pastes a 64 KB token into `${base}/en/playground`, then types twelve characters inside it;
 * `runs` fresh pages, each measured from the moment Monaco is ready.
 */
export async function measureTyping(
  base: string,
  runs = 3,
  { cpuThrottle = 1 }: { cpuThrottle?: number } = {},
): Promise<TypingResult> {
  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: CHROMIUM_FLAGS,
  })
  const token = bigToken()
  const samples: { paste: number; pasteEvent: number; task: number; event: number }[] = []
  try {
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage()
      await page.goto(`${base}/en/playground`)
      // Monaco loads on the reader's first movement, once the page is hydrated.
      await page.getByTestId('verdict').and(page.locator('[data-verdict="verified"]')).waitFor()
      await page.mouse.move(200, 200)
      await page.getByTestId('pane-payload').and(page.locator('[data-editor="monaco"]')).waitFor()
      // Slowed only now: the page's own load is Lighthouse's business, not this measurement's.
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle })
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
      await page.waitForTimeout(800 * cpuThrottle)
      const paste = await read()
      await input.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(200, 200))
      await page.keyboard.type(KEYS, { delay: 60 })
      await page.waitForTimeout(800 * cpuThrottle)
      const typing = await read()
      samples.push({
        paste: paste.task,
        pasteEvent: paste.event,
        task: typing.task,
        event: typing.event,
      })
      await page.close()
    }
  } finally {
    await browser.close()
  }
  return {
    tokenBytes: token.length,
    keystrokes: KEYS.length,
    cpuThrottle,
    pasteLongestTaskMs: spread(samples.map((s) => s.paste)),
    pasteSlowestEventMs: spread(samples.map((s) => s.pasteEvent)),
    longestTaskMs: spread(samples.map((s) => s.task)),
    slowestEventMs: spread(samples.map((s) => s.event)),
  }
}
