/**
 * Every page passes axe-core's WCAG 2.1 A and AA rules, in both languages and both themes, as it
 * loads (the playground with its example token). Once per run: markup and contrast do not depend
 * on the host name (see the 127.0.0.1 project in playwright.config.ts).
 */
import AxeBuilder from '@axe-core/playwright'
import { COURSE, SITE_PAGES } from '../../lib/lessons/course'
import { expect, test, watchErrors, type Page } from './support/test'

const PAGES = [...SITE_PAGES, ...COURSE.map((slug) => `/learn/${slug}`), '/no-such-page']

async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  // Node targets and what failed, so a red run says where to look.
  return results.violations.map((v) => ({
    rule: v.id,
    nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
  }))
}

for (const locale of ['en', 'zh-CN'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every page in ${locale}, ${colorScheme} theme, passes axe-core's WCAG 2.1 AA rules`, async ({
      browser,
    }, testInfo) => {
      testInfo.setTimeout(PAGES.length * 6_000) // a few seconds a page on a busy 2-core machine
      const context = await browser.newContext({ colorScheme })
      const page = await context.newPage()
      const errors = watchErrors(page)
      errors.allow(/status of 404/) // the 404 page is one of the pages
      const found: Record<string, unknown> = {}
      for (const path of PAGES) {
        await page.goto(path === '/' ? `/${locale}` : `/${locale}${path}`)
        await expect(page.locator('html')).toHaveClass(
          colorScheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/,
        )
        const list = await violations(page)
        if (list.length) found[path] = list
      }
      await context.close()
      errors.check()
      expect(found).toEqual({})
    })
  }
}
