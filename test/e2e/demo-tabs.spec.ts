import { expect, test, watchErrors, type Page } from './support/test'
import en from '../../content/messages/en.json'
import zh from '../../content/messages/zh-CN.json'

type Catalog = typeof en
const catalogs = { en, 'zh-CN': zh as Catalog } as const

// context.route() holds the refreshes; a service worker in between would make that depend on
// whether it controls the page yet.
test.use({ serviceWorkers: 'block' })

for (const locale of ['en', 'zh-CN'] as const) {
  test(`two tabs in ${locale} that refresh at once both stay logged in`, async ({
    page: first,
    context,
  }) => {
    const catalog = catalogs[locale]
    const t = catalog.Demo.client
    const second = await context.newPage()
    const secondErrors = watchErrors(second)
    const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true })
    const entry = (page: Page, n: number) =>
      page.getByRole('article', { name: `#${n} ${t.kinds.refresh}` })

    // Both tabs log in; they share the one refresh cookie (the second login replaced it).
    for (const page of [first, second]) {
      await page.goto(`/${locale}/demo`)
      await button(page, t.login).click()
      await expect(page.getByRole('region', { name: t.tokenTitle })).toContainText('"alg"')
    }

    // Both refreshes are held at the door, and let through together, once the second tab has
    // either sent its own (the race: both carry the same refresh token) or shown that it waits
    // for the first tab to finish.
    let openGate: () => void = () => {}
    const gate = new Promise<void>((resolve) => (openGate = resolve))
    let count = 0
    const waiters: { n: number; resolve: () => void }[] = []
    const arrived = (n: number) =>
      new Promise<void>((resolve) => (count >= n ? resolve() : waiters.push({ n, resolve })))
    await context.route('**/api/auth/refresh', async (route) => {
      count++
      for (const waiter of waiters) if (count >= waiter.n) waiter.resolve()
      await gate
      await route.continue()
    })
    await button(first, t.refresh).click()
    await arrived(1)
    const secondHeld = arrived(2)
    await button(second, t.refresh).click()
    await Promise.race([
      secondHeld,
      expect(second.getByText(t.lockWaiting)).toBeVisible({ timeout: 15_000 }),
    ])
    openGate()

    await expect(entry(first, 2)).toContainText('HTTP 200')
    await expect(entry(second, 2)).toContainText('HTTP 200')
    await expect(entry(second, 2)).toContainText(t.lockWaited)
    await expect(entry(first, 2)).not.toContainText(t.lockWaited)

    // The session survived: each tab refreshes once more, one after the other.
    await context.unroute('**/api/auth/refresh')
    await button(first, t.refresh).click()
    await expect(entry(first, 3)).toContainText('HTTP 200')
    await button(second, t.refresh).click()
    await expect(entry(second, 3)).toContainText('HTTP 200')
    secondErrors.check()
  })
}
