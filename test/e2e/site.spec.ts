import { expect, test, type Page } from './support/test'

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

test('switching language keeps the dark theme', async ({ page }) => {
  await page.goto('/en/learn/header')
  await page.getByRole('radio', { name: 'Dark' }).check({ force: true })
  await page.getByRole('link', { name: '简体中文' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  await expect(page.getByRole('radio', { name: '深色' })).toBeChecked()
})

test('the switcher keeps a fragment such as a shared token', async ({ page }) => {
  await page.goto('/en/playground#token=abc')
  await page.getByRole('link', { name: '简体中文' }).click()
  await expect(page).toHaveURL(/\/zh-CN\/playground#token=abc$/)
})

test('unknown paths and locales get a translated 404', async ({ page, browser, pageErrors }) => {
  pageErrors.allow(/status of 404/) // Chromium logs the 404s this test asks for
  let response = await page.goto('/en/no-such-page')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  response = await page.goto('/zh-CN/learn/no-such-lesson/deeper')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')

  // An unknown locale prefix goes to the same page in the negotiated locale.
  for (const [acceptLanguage, expected] of [
    ['en-US', '/en/learn'],
    ['zh-CN,zh;q=0.9', '/zh-CN/learn'],
  ] as const) {
    const context = await browser.newContext({
      locale: acceptLanguage.split(',')[0],
      extraHTTPHeaders: { 'accept-language': acceptLanguage },
    })
    const fresh = await context.newPage()
    response = await fresh.goto('/fr/learn')
    expect(response?.status()).toBe(200)
    expect(new URL(fresh.url()).pathname).toBe(expected)
    await context.close()
  }
})

test('404 pages have a translated title; a missing lesson offers the index and the closest lesson', async ({
  page,
  pageErrors,
}) => {
  pageErrors.allow(/status of 404/)
  for (const { locale, title, index, path, closest } of [
    {
      locale: 'en',
      title: 'Page not found',
      index: 'All lessons',
      path: '/en/learn/headr',
      closest: 'The header',
    },
    {
      locale: 'zh-CN',
      title: '页面不存在',
      index: '全部课程',
      path: '/zh-CN/learn/sigature',
      closest: '签名（signature）',
    },
  ] as const) {
    const response = await page.goto(path)
    expect(response?.status()).toBe(404)
    await expect(page).toHaveTitle(new RegExp(`^${title}`))
    const main = page.getByRole('main')
    await expect(main.getByRole('link', { name: index })).toHaveAttribute(
      'href',
      `/${locale}/learn`,
    )
    const suggestion = main.getByRole('link', { name: closest })
    await expect(suggestion).toHaveAttribute(
      'href',
      path.replace(/\/[^/]+$/, '') + '/' + (locale === 'en' ? 'header' : 'signature'),
    )
    await suggestion.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(closest)

    await page.goto(`/${locale}/no-such-page`)
    await expect(page).toHaveTitle(new RegExp(`^${title}`))
  }
})

test.describe(() => {
  // page.route() does not see what the service worker answers: this test empties the bundles.
  test.use({ serviceWorkers: 'block' })

  test('the theme applies before first paint and survives a reload', async ({ page }) => {
    await page.goto('/en')
    await page.getByRole('radio', { name: 'Dark' }).check({ force: true })
    await expect(page.locator('html')).toHaveClass(/dark/)
    // Before first paint only the inline script in <head> has run. Reload with every Next bundle
    // emptied, so that no React effect can set the class: it must be there all the same.
    const bundles = '**/_next/static/**/*.js'
    let emptied = 0
    await page.route(bundles, (route) => {
      emptied += 1
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: '' })
    })
    await page.reload()
    expect(emptied, 'the page loads Next bundles, and none of them ran').toBeGreaterThan(0)
    expect(await page.evaluate(() => document.documentElement.className)).toContain('dark')
    // And with the bundles back, the switcher shows the remembered choice.
    await page.unroute(bundles)
    await page.reload()
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked()
    await expect(page.locator('html')).toHaveClass(/dark/)
  })
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

test('the API answers with its own security headers, each once, whatever the answer', async ({
  request,
}) => {
  for (const [method, path, status] of [
    ['GET', '/api/me', 401],
    ['GET', '/api/jwks', 200],
    ['POST', '/api/auth/login', 415],
    ['DELETE', '/api/me', 405],
    ['GET', '/api/nope', 404],
  ] as const) {
    const response = await request.fetch(path, { method })
    expect(response.status(), `${method} ${path}`).toBe(status)
    const sent = (name: string) =>
      response
        .headersArray()
        .filter((h) => h.name.toLowerCase() === name)
        .map((h) => h.value)
    expect(sent('content-security-policy'), `${method} ${path}`).toEqual([
      "default-src 'none'; frame-ancestors 'none'",
    ])
    expect(sent('x-content-type-options'), `${method} ${path}`).toEqual(['nosniff'])
    expect(sent('x-frame-options'), `${method} ${path}`).toEqual(['DENY'])
  }
})

test('the language switcher prefetches the other language when pointed at, and navigating does not reload', async ({
  page,
}) => {
  for (const [from, to, label] of [
    ['en', 'zh-CN', '简体中文'],
    ['zh-CN', 'en', 'English'],
  ] as const) {
    const prefetched = page.waitForRequest(
      (request) =>
        new URL(request.url()).pathname === `/${to}/learn` && request.headers()['rsc'] === '1',
    )
    await page.goto(`/${from}/learn`)
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true))
    const link = page.getByRole('link', { name: label, exact: true })
    // Links are plain <a>: the link router prefetches on intent (here a pointer over it).
    await link.hover()
    await prefetched
    await link.click()
    await expect(page).toHaveURL(new RegExp(`/${to}/learn$`))
    await expect(page.locator('html')).toHaveAttribute('lang', to)
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true)
  }
})

/** Holds the router's requests for `path` until the returned function is called. */
async function holdPage(page: Page, path: string): Promise<() => void> {
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      if (route.request().headers()['rsc'] === '1') await held
      await route.continue()
    },
  )
  return release
}

for (const { locale, name, nav, link } of [
  { locale: 'en', name: 'Loading the page', nav: 'Main', link: 'Playground' },
  { locale: 'zh-CN', name: '页面加载中', nav: '主导航', link: '调试台' },
] as const) {
  test(`${locale}: a slow navigation shows a progress bar until the page arrives`, async ({
    page,
  }) => {
    // Hold the page's payload (its prefetch included) from the start, so the navigation is slow.
    const release = await holdPage(page, `/${locale}/playground`)
    await page.goto(`/${locale}`)
    const bar = page.getByRole('progressbar', { name })
    await expect(bar).toHaveCount(0)
    await page.getByRole('navigation', { name: nav }).getByRole('link', { name: link }).click()
    await expect(bar).toBeVisible()
    release()
    await expect(page).toHaveURL(new RegExp(`/${locale}/playground$`))
    await expect(bar).toHaveCount(0)
  })
}

test('the progress bar does not move for readers who ask for less motion', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, reducedMotion: 'reduce' })
  const page = await context.newPage()
  const release = await holdPage(page, '/en/demo')
  await page.goto('/en')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Demo' }).click()
  const bar = page.getByRole('progressbar', { name: 'Loading the page' })
  await expect(bar).toBeVisible()
  const animated = await bar.evaluate((element) =>
    [element, ...element.querySelectorAll('*')].some(
      (node) => getComputedStyle(node).animationName !== 'none',
    ),
  )
  expect(animated).toBe(false)
  release()
  await expect(page).toHaveURL(/\/en\/demo$/)
  await context.close()
})

test('the 404 for a path outside the site follows a dark OS like every page', async ({
  browser,
  pageErrors,
}) => {
  pageErrors.allow(/status of 404/)
  const context = await browser.newContext({ colorScheme: 'dark' })
  const page = await context.newPage()
  await page.goto('/en')
  const siteBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  // A missing file is not handled by the locale proxy: it gets the root 404, in both languages.
  const response = await page.goto('/no-such-file.txt')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    siteBackground,
  )
  await context.close()
})
