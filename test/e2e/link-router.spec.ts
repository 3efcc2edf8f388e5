import { expect, test, type Page } from './support/test'

// Pages render plain <a href>; components/ui/link-router.tsx opens a page of the site without a
// reload and leaves everything else to the browser (issue 15: next/link's code is out of the
// first load).

/** Marks the window, so a later check can tell a client navigation from a reload. */
async function mark(page: Page) {
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true))
}
const stayed = (page: Page) =>
  page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true)

test('a link to another lesson opens it without a reload, at the top of the page', async ({
  page,
}) => {
  await page.goto('/en/learn/header')
  await mark(page)
  const nav = page.getByRole('navigation', { name: 'Lesson navigation' })
  await nav.scrollIntoViewIfNeeded()
  await nav.getByRole('link', { name: /Next/ }).click()
  await expect(page).toHaveURL(/\/en\/learn\/payload$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The payload')
  expect(await stayed(page)).toBe(true)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
  // Back returns to the lesson, still without a reload.
  await page.goBack()
  await expect(page).toHaveURL(/\/en\/learn\/header$/)
  expect(await stayed(page)).toBe(true)
})

test('the keyboard opens a link the same way', async ({ page }) => {
  await page.goto('/zh-CN/learn')
  await mark(page)
  const lesson = page.locator('main a[href="/zh-CN/learn/header"]').first()
  await lesson.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/zh-CN\/learn\/header$/)
  expect(await stayed(page)).toBe(true)
})

test('a modified click opens a new tab and leaves this page where it was', async ({
  page,
  context,
}) => {
  await page.goto('/en/learn')
  const link = page.locator('main a[href="/en/learn/header"]').first()
  const opened = context.waitForEvent('page')
  await link.click({ modifiers: ['Control'] })
  const tab = await opened
  await tab.waitForLoadState('domcontentloaded')
  expect(new URL(tab.url()).pathname).toBe('/en/learn/header')
  await expect(page).toHaveURL(/\/en\/learn$/)
  await tab.close()
})

test('a link to a file of the site (the JWKS) is a plain load, not a page navigation', async ({
  page,
}) => {
  await page.goto('/en/demo')
  const button = (name: string) => page.getByRole('button', { name, exact: true })
  await button('Use alice@example.com').click()
  await button('Log in').click()
  const jwks = page.getByRole('link', { name: '/.well-known/jwks.json' })
  // Not asked for as a page first (an RSC request the router would throw away).
  const asPage: string[] = []
  page.on('request', (request) => {
    if (request.headers()['rsc'] === '1') asPage.push(new URL(request.url()).pathname)
  })
  await mark(page)
  await jwks.click()
  await expect(page).toHaveURL(/\/\.well-known\/jwks\.json$/)
  expect(
    await page.evaluate(() => JSON.parse(document.body.innerText).keys.length),
  ).toBeGreaterThan(0)
  expect(await stayed(page)).toBe(false)
  expect(asPage).not.toContain('/.well-known/jwks.json')
})
