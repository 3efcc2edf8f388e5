import { expect, test } from './support/test'
import en from '../../content/messages/en.json'
import zh from '../../content/messages/zh-CN.json'

const catalogs = { en, 'zh-CN': zh as typeof en } as const

// What the footer says the site stores must be what it really stores: this walks the site as a
// learner would, then reads every cookie and every storage key the browser holds.
for (const locale of ['en', 'zh-CN'] as const) {
  test(`the footer in ${locale} names everything the site stores, and the demo cookies come only with a login`, async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000)
    const catalog = catalogs[locale]
    const t = catalog.Demo.client

    // A lesson read to its end, a theme chosen, a token typed into the playground.
    await page.goto(`/${locale}/learn/what-is-a-jwt`)
    // The radio is visually hidden inside its label: click the label, as a reader does.
    await page.locator('label').filter({ hasText: catalog.Theme.dark }).click()
    await expect(page.getByRole('radio', { name: catalog.Theme.dark })).toBeChecked()
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await expect.poll(() => page.evaluate(() => localStorage.length)).toBe(2)
    await page.goto(`/${locale}/playground`)
    await page
      .getByLabel(catalog.Playground.input.label, { exact: true })
      .fill('eyJhbGciOiJIUzI1NiJ9.e30.x')
    await expect.poll(() => page.evaluate(() => sessionStorage.length)).toBe(1)

    // The demo page itself sets no cookie; logging in and refreshing sets both refresh cookies.
    await page.goto(`/${locale}/demo`)
    const demoCookies = async () =>
      (await context.cookies()).filter((c) => c.name !== 'NEXT_LOCALE').map((c) => c.name)
    expect(await demoCookies()).toEqual([])
    await page.getByRole('button', { name: t.login, exact: true }).click()
    await expect(page.getByRole('region', { name: t.tokenTitle })).toContainText('"alg"')
    await page.getByRole('button', { name: t.refresh, exact: true }).click()
    await expect(page.getByRole('article', { name: `#2 ${t.kinds.refresh}` })).toContainText(
      'HTTP 200',
    )
    expect((await demoCookies()).sort()).toEqual(['jwtpg_refresh', 'jwtpg_refresh_prev'])

    // The service worker, once it controls the page, and its caches. Installing it precaches the
    // whole build (~1.6 MB gzip): on a loaded CI machine that once took longer than 30 s. How
    // fast it installs is not this test's question.
    await expect
      .poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 90_000 })
      .toBe(true)
    const worker = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)
    const cacheNames = await page.evaluate(() => caches.keys())

    const cookies = await context.cookies()
    const local = await page.evaluate(() => Object.keys(localStorage))
    const session = await page.evaluate(() => Object.keys(sessionStorage))

    const footer = page.getByRole('contentinfo')
    await footer.getByText(catalog.Footer.storageTitle).click()
    const list = footer.getByRole('list', { name: catalog.Footer.storageTitle })
    await expect(list).toBeVisible()
    const said = (await list.innerText()).replace(/\s+/g, ' ')
    for (const cookie of cookies) {
      expect(said, `cookie ${cookie.name}`).toContain(cookie.name)
      if (cookie.httpOnly) {
        expect(said, `${cookie.name} is HttpOnly`).toContain('HttpOnly')
        expect(said, `${cookie.name}'s path`).toContain(cookie.path)
      }
    }
    expect(said).toContain('localStorage')
    for (const key of local) expect(said, `localStorage ${key}`).toContain(key)
    expect(said).toContain('sessionStorage')
    for (const key of session) expect(said, `sessionStorage ${key}`).toContain(key)
    expect(said, 'the service worker').toContain(new URL(worker).pathname)
    const named = (await list.locator('code').allInnerTexts()).map((c) => c.replace(/…$/, ''))
    expect(cacheNames.length).toBeGreaterThan(0)
    for (const cache of cacheNames)
      expect(
        named.some((prefix) => cache.startsWith(prefix)),
        `cache ${cache}`,
      ).toBe(true)
    // The old line claimed no cookies but the language: it must not come back.
    await expect(footer).not.toContainText(
      locale === 'en' ? 'no cookies but your language choice' : '除了语言偏好不写任何 Cookie',
    )
  })
}
