import { expect, test, type Page } from './support/test'
import { withoutScripts } from '../../bench/lib/content-yardstick'

// Issue 15: the first paint of a page waits for no font. The site uses the reader's system fonts
// (a web font was ~0.7 s of a lesson's LCP in Lighthouse mobile), and nothing moves as a page loads.
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

type Shift = { at: number; value: number; sources: string[] }

/** The layout shifts the page has had so far (no recent input), with what moved and where. */
function layoutShifts(page: Page): Promise<Shift[]> {
  return page.evaluate(
    () =>
      new Promise<Shift[]>((resolve) => {
        new PerformanceObserver((list) => {
          const shifts: Shift[] = []
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number
            hadRecentInput: boolean
            sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[]
          })[])
            if (!entry.hadRecentInput)
              shifts.push({
                at: entry.startTime,
                value: entry.value,
                sources: entry.sources.map(
                  ({ node, previousRect: a, currentRect: b }) =>
                    `${(node as Element | undefined)?.outerHTML?.slice(0, 120) ?? node?.nodeName} ` +
                    `(${a.x},${a.y} ${a.width}×${a.height} → ${b.x},${b.y} ${b.width}×${b.height})`,
                ),
              })
          resolve(shifts)
        }).observe({ type: 'layout-shift', buffered: true })
        // An observer with nothing buffered never calls back.
        setTimeout(() => resolve([]), 500)
      }),
  )
}

for (const path of pages) {
  test(`${path}: no web font, the system's fonts`, async ({ page }) => {
    const fonts: string[] = []
    page.on('request', (request) => {
      // Monaco's icon font (the editor's own controls, loaded with the editor) is not text.
      if (request.resourceType() === 'font' && !/codicon/.test(request.url()))
        fonts.push(request.url())
    })
    await page.goto(path)
    await page.evaluate(() => document.fonts.ready)
    expect(fonts).toEqual([])
    expect(await page.locator('link[rel="preload"][as="font"]').count()).toBe(0)
    // The theme's system font stack applies (CJK text uses the system's CJK fonts in it).
    const fontFamily = await page.evaluate(() => getComputedStyle(document.body).fontFamily)
    expect(fontFamily).toMatch(/^ui-sans-serif, system-ui/)
  })
}

// Nothing moves while a page loads and hydrates: every layout shift counts, with what moved and
// where in the message when one does.
for (const path of ['/en', '/en/learn/header', '/zh-CN/learn/header']) {
  for (const width of [360, 1280]) {
    test(`${path} at ${width} px: nothing moves as it loads (CLS 0)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 })
      await page.goto(path)
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      )
      const shifts = await layoutShifts(page)
      expect(
        shifts.reduce((sum, shift) => sum + shift.value, 0),
        `layout shifts: ${JSON.stringify(shifts)}`,
      ).toBe(0)
    })
  }
}

// A slow or loaded device can paint a page before its parser has reached the end of the header
// (seen in CI: the brand moved 3 px down when the navigation and the switchers arrived). The page
// cut right after the brand, scripts out, must show the brand where the whole page has it.
for (const locale of ['en', 'zh-CN']) {
  for (const width of [360, 768, 1280]) {
    test(`${locale} at ${width} px: the brand sits where it ends up before the rest of the header is parsed`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 })
      const brand = page.locator('header > div > a').first()
      await page.goto(`/${locale}`)
      const final = await brand.boundingBox()
      const html = await (await page.request.get(`/${locale}`)).text()
      // The brand is the header's first link with a picture (the skip link comes before it).
      const end = html.indexOf('</a>', html.indexOf('<svg', html.indexOf('<header'))) + 4
      const cut = withoutScripts(html.slice(0, end))
      await page.route(`**/${locale}/cut`, (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: cut }),
      )
      await page.goto(`/${locale}/cut`)
      await expect(page.locator('header nav')).toHaveCount(0)
      expect(await brand.boundingBox()).toEqual(final)
    })
  }
}

// The same, with everything after the cut still coming: the parser waits on a script that takes a
// moment right after a part of the header, as on a slow device. No paint may happen before the
// header's end (the layout's `rel=expect`): the language switcher, aligned right, would move left
// when the theme switcher arrives (seen in CI). The page's own scripts are out.
const STALL = '/__parser-stall.js'
// (After the brand alone, the brand test above covers it.)
const cuts = {
  'main navigation': (html: string) => html.indexOf('</nav>', html.indexOf('<header')) + 6,
  'language switcher': (html: string) =>
    html.indexOf('</nav>', html.indexOf('</nav>', html.indexOf('<header')) + 6) + 6,
}
for (const locale of ['en', 'zh-CN']) {
  for (const width of [360, 1280]) {
    for (const [part, cutAt] of Object.entries(cuts)) {
      test(`${locale} at ${width} px, the parser held after the header's ${part}: nothing moves (CLS 0)`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 800 })
        const html = withoutScripts(await (await page.request.get(`/${locale}`)).text())
        const at = cutAt(html)
        expect(at, 'the cut is inside the header').toBeLessThan(html.indexOf('</header>'))
        const held = html.slice(0, at) + `<script src="${STALL}"></script>` + html.slice(at)
        await page.route(`**/${locale}/held`, (route) =>
          route.fulfill({ contentType: 'text/html; charset=utf-8', body: held }),
        )
        let stalled = false
        await page.route(`**${STALL}`, async (route) => {
          stalled = true
          // Long enough for the browser to paint what it has (a frame), were it allowed to.
          await new Promise((resolve) => setTimeout(resolve, 400))
          await route.fulfill({ contentType: 'text/javascript', body: '' })
        })
        await page.goto(`/${locale}/held`)
        expect(stalled, 'the parser was held').toBe(true)
        const shifts = await layoutShifts(page)
        expect(
          shifts.reduce((sum, shift) => sum + shift.value, 0),
          `layout shifts: ${JSON.stringify(shifts)}`,
        ).toBe(0)
      })
    }
  }
}
