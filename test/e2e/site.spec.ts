import { expect, test } from './support/test'

const pages = [
  { path: '', en: 'Understand what jwt.sign really does', zh: '弄懂 jwt.sign 到底做了什么' },
  { path: '/learn', en: 'Learn', zh: '课程' },
  { path: '/playground', en: 'Playground', zh: '调试台' },
  { path: '/demo', en: 'Demo', zh: '演示' },
]

test.describe('every page in both languages', () => {
  for (const { path, en, zh } of pages) {
    for (const [locale, heading] of [
      ['en', en],
      ['zh-CN', zh],
    ] as const) {
      test(`/${locale}${path} renders with lang=${locale}`, async ({ page }) => {
        const response = await page.goto(`/${locale}${path}`)
        expect(response?.status()).toBe(200)
        await expect(page.locator('html')).toHaveAttribute('lang', locale)
        await expect(page.getByRole('heading', { level: 1 })).toContainText(heading)
        await expect(page).toHaveTitle(locale === 'en' ? /JWT Playground/ : /JWT 实验室/)
        const description = await page.locator('meta[name="description"]').getAttribute('content')
        expect(description?.length).toBeGreaterThan(10)
        if (locale === 'zh-CN') expect(description).toMatch(/[\u4e00-\u9fff]/)
      })
    }
  }
})

test('/ redirects by Accept-Language', async ({ browser }) => {
  for (const [acceptLanguage, expected] of [
    ['zh-CN,zh;q=0.9', '/zh-CN'],
    ['en-GB,en;q=0.9', '/en'],
    ['de-DE', '/en'],
  ] as const) {
    const context = await browser.newContext({
      locale: acceptLanguage.split(',')[0],
      extraHTTPHeaders: { 'accept-language': acceptLanguage },
    })
    const page = await context.newPage()
    await page.goto('/')
    expect(new URL(page.url()).pathname).toBe(expected)
    await context.close()
  }
})

test('the language switcher keeps the path and the choice is remembered', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { 'accept-language': 'en-US' } })
  const page = await context.newPage()
  await page.goto('/en/playground')
  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: '简体中文' })
    .click()
  await expect(page).toHaveURL(/\/zh-CN\/playground$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  // Accept-Language still says English, but the explicit choice wins on the next visit to `/`.
  await page.goto('/')
  await expect(page).toHaveURL(/\/zh-CN$/)
  await page
    .getByRole('navigation', { name: '语言' })
    .getByRole('link', { name: 'English' })
    .click()
  await expect(page).toHaveURL(/\/en$/)
  await page.goto('/')
  await expect(page).toHaveURL(/\/en$/)
  await context.close()
})

test('the switcher keeps a fragment such as a shared token', async ({ page }) => {
  await page.goto('/en/playground#token=abc')
  await page.getByRole('link', { name: '简体中文' }).click()
  await expect(page).toHaveURL(/\/zh-CN\/playground#token=abc$/)
})

test('unknown paths and locales get a translated 404', async ({ page, browser }) => {
  let response = await page.goto('/en/no-such-page')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  response = await page.goto('/zh-CN/learn/no-such-lesson/deeper')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')

  // An unknown locale is treated as a path under the negotiated one (a fresh visitor: English).
  const context = await browser.newContext({ extraHTTPHeaders: { 'accept-language': 'en-US' } })
  const fresh = await context.newPage()
  response = await fresh.goto('/fr/learn')
  expect(response?.status()).toBe(404)
  await expect(fresh.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await context.close()
})

test('the theme applies before first paint and survives a reload', async ({ page }) => {
  await page.goto('/en')
  await page.getByRole('radio', { name: 'Dark' }).check({ force: true })
  await expect(page.locator('html')).toHaveClass(/dark/)
  // On reload the class must already be there in the first frame, set by the inline script.
  await page.reload()
  const classAtFirstParse = await page.evaluate(() => document.documentElement.className)
  expect(classAtFirstParse).toContain('dark')
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked()
})

test('system theme follows the OS preference', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' })
  const page = await context.newPage()
  await page.goto('/zh-CN')
  await expect(page.locator('html')).toHaveClass(/dark/)
  await expect(page.getByRole('radio', { name: '跟随系统' })).toBeChecked()
  await context.close()
})

test('header navigation is keyboard reachable and has no dead links', async ({ page, request }) => {
  await page.goto('/en')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  const hrefs = await page
    .locator('a[href^="/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
  expect(hrefs.length).toBeGreaterThan(5)
  for (const href of new Set(hrefs)) {
    const response = await request.get(href)
    expect(response.status(), href).toBe(200)
  }
})

test('no horizontal scroll at 360 px wide, in both languages', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
  const page = await context.newPage()
  for (const path of ['/en', '/zh-CN', '/en/playground', '/zh-CN/learn']) {
    await page.goto(path)
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    expect(overflow, path).toBeLessThanOrEqual(0)
  }
  await context.close()
})

test('pages request nothing from any host but the site itself', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin
  const foreign: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol === 'data:' || url.protocol === 'blob:') return
    if (url.origin !== origin) foreign.push(request.url())
  })
  let requests = 0
  page.on('request', () => requests++)
  for (const path of ['/en', '/zh-CN', '/en/learn', '/en/playground', '/en/demo']) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
  }
  expect(requests).toBeGreaterThan(5)
  expect(foreign).toEqual([])
})

test('security headers are sent with every page', async ({ request }) => {
  const response = await request.get('/en')
  const headers = response.headers()
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(headers['content-security-policy']).toContain("default-src 'self'")
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('no-referrer')
})
