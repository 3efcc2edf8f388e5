/**
 * @module The Playwright `test` every browser test imports: a page that fails the test on any
 * uncaught page error or console error, so a flow that "works" while throwing cannot pass.
 */
import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test'

export { expect }
export type { BrowserContext, Locator, Page, Request } from '@playwright/test'

/** Collects page errors and console errors on `page`; `check()` fails the test if any came. */
export function watchErrors(page: Page) {
  const problems: string[] = []
  const allowed: RegExp[] = []
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return
    const text = message.text()
    if (allowed.some((pattern) => pattern.test(text))) return
    problems.push(`console.error: ${text}`)
  })
  return {
    /**
     * Lets console errors matching `pattern` through: only for what the test itself provokes
     * (Chromium logs every 4xx and every aborted request as a console error).
     */
    allow: (pattern: RegExp) => void allowed.push(pattern),
    check: () => expect(problems, 'page errors and console errors').toEqual([]),
  }
}

export type PageErrors = ReturnType<typeof watchErrors>

export const test = base.extend<{ pageErrors: PageErrors }>({
  pageErrors: [
    async ({ page }, use) => {
      const watch = watchErrors(page)
      await use(watch)
      watch.check()
    },
    { auto: true },
  ],
})
