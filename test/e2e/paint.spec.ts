import { expect, test, type Page } from './support/test'

// Issue 15: the first paint of a page waits for no font. No font preload beside the HTML, small
// fonts, and nothing moves when a late font arrives.
const pages = [
  '/en',
  '/zh-CN',
  '/en/learn',
  '/en/learn/header',
  '/zh-CN/learn/header',
  '/en/learn/glossary',
  '/en/playground',
  '/en/demo',
]

/** The layout shifts the page has had so far, summed as CLS counts them (no recent input). */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          let sum = 0
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number
            hadRecentInput: boolean
          })[])
            if (!entry.hadRecentInput) sum += entry.value
          resolve(sum)
        }).observe({ type: 'layout-shift', buffered: true })
        // An observer with nothing buffered never calls back.
        setTimeout(() => resolve(0), 500)
      }),
  )
}

for (const path of pages) {
  test(`${path}: no font preload, fonts under 30 KB`, async ({ page }) => {
    const fonts: Promise<{ url: string; bytes: number }>[] = []
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'font') return
      fonts.push(response.body().then((body) => ({ url: response.url(), bytes: body.length })))
    })
    await page.goto(path)
    await page.evaluate(() => document.fonts.ready)
    expect(await page.locator('link[rel="preload"][as="font"]').count()).toBe(0)
    // The theme's font stack applies, with the system fonts behind Geist (CJK text uses them).
    const fontFamily = await page.evaluate(() => getComputedStyle(document.body).fontFamily)
    expect(fontFamily).toMatch(/system-ui/)
    for (const font of await Promise.all(fonts))
      expect(font.bytes, font.url).toBeLessThan(30 * 1024)
  })
}

// A font that arrives after the first paint must not move the text: hold every font until the
// page has painted with the fallback, then let it through and look for layout shifts.
for (const path of ['/en', '/en/learn/header', '/zh-CN/learn/header']) {
  for (const width of [360, 1280]) {
    test(`${path} at ${width} px: a late font moves nothing (CLS 0)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 })
      let release!: () => void
      const painted = new Promise<void>((resolve) => (release = resolve))
      await page.route('**/*.woff2', async (route) => {
        await painted
        await route.continue()
      })
      // Held fonts hold the load event too: wait for the first contentful paint instead.
      await page.goto(path, { waitUntil: 'domcontentloaded' })
      await page.waitForFunction(
        () => performance.getEntriesByName('first-contentful-paint').length > 0,
      )
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      )
      release()
      await page.evaluate(async () => {
        await Promise.all([...document.fonts].map((font) => font.loaded.catch(() => null)))
        await document.fonts.ready
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
      })
      expect(await layoutShift(page)).toBe(0)
    })
  }
}
