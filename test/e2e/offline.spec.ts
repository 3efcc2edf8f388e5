import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from './support/test'
import en from '../../content/messages/en.json'
import zh from '../../content/messages/zh-CN.json'
import vectors from '../fixtures/vectors/rfc7515-appendix-a.json'

type Catalog = typeof en
const catalogs = { en, 'zh-CN': zh as Catalog } as const
const LOCALES = ['en', 'zh-CN'] as const

// RFC 7515 Appendix A.1: HS256 with a 64-byte key given as a JWK `k` (base64url).
const a1 = vectors.vectors.find((v) => v.id === 'A.1')!

/** The lessons written in a locale, read from content/lessons (the glossary is not one). */
function lessonsIn(locale: string): string[] {
  const dir = join(process.cwd(), 'content/lessons')
  return readdirSync(dir).filter(
    (slug) => slug !== 'glossary' && existsSync(join(dir, slug, `${locale}.mdx`)),
  )
}

/** Every cached request's path, and the cache it is in. */
function cachedRequests(page: Page) {
  return page.evaluate(async () => {
    const out: { cache: string; path: string; url: string }[] = []
    for (const cache of await caches.keys()) {
      for (const request of await (await caches.open(cache)).keys()) {
        out.push({ cache, path: new URL(request.url).pathname, url: request.url })
      }
    }
    return out
  })
}

/** The first visit: the worker installs (precaching the build) and controls the page. */
async function installWorker(page: Page, path: string) {
  await page.goto(path)
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'), {
      timeout: 60_000,
    })
    .toBe('activated')
}

/** The background warm-up has kept every page of the locale's course. */
async function waitForWarmUp(page: Page, locale: string) {
  const wanted = [
    `/${locale}`,
    `/${locale}/learn`,
    `/${locale}/learn/glossary`,
    `/${locale}/playground`,
    `/${locale}/demo`,
    ...lessonsIn(locale).map((slug) => `/${locale}/learn/${slug}`),
  ]
  await expect
    .poll(async () => (await cachedRequests(page)).map((r) => r.path), { timeout: 60_000 })
    .toEqual(expect.arrayContaining(wanted))
}

/** Every cached response's text that contains `needle`: the caches must never hold a token. */
function cachedResponsesContaining(page: Page, needle: string) {
  return page.evaluate(async (needle) => {
    const hits: string[] = []
    for (const name of await caches.keys()) {
      const cache = await caches.open(name)
      for (const request of await cache.keys()) {
        const response = await cache.match(request)
        if (response && (await response.text()).includes(needle)) hits.push(request.url)
      }
    }
    return hits
  }, needle)
}

for (const locale of LOCALES) {
  test(`after one visit, ${locale} works offline: an unvisited lesson, the playground, the fallback page, the demo's offline state; back online the demo works and caches hold no API response or token`, async ({
    page,
    context,
    pageErrors,
  }) => {
    test.setTimeout(180_000)
    const catalog = catalogs[locale]
    const t = catalog.Demo.client
    // Offline on purpose: Chromium logs each request the network refuses.
    pageErrors.allow(/net::ERR_INTERNET_DISCONNECTED/)

    await installWorker(page, `/${locale}`)
    await waitForWarmUp(page, locale)

    await context.setOffline(true)

    // A lesson this reader never opened, in their language.
    const lessons = lessonsIn(locale)
    const unvisited = lessons[lessons.length - 1]!
    await page.goto(`/${locale}/learn/${unvisited}`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    await page.goto(`/${locale}/learn/glossary`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(catalog.Lessons.glossaryTitle)

    // The playground: decode and verify RFC 7515 A.1 with Monaco, all from the worker.
    await page.goto(`/${locale}/playground`)
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'verified')
    await page.getByLabel(catalog.Playground.input.label).fill(a1.compact)
    await page
      .getByLabel(catalog.Playground.keys.secret, { exact: true })
      .fill((a1.jwk as { k: string }).k)
    await page.getByRole('radio', { name: catalog.Playground.keys.base64url }).check()
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'verified')
    await expect(page.getByTestId('pane-payload')).toHaveAttribute('data-editor', 'monaco')
    await expect(page.getByTestId('monaco-payload.json').locator('.view-lines')).toContainText(
      'joe',
    )

    // A page never fetched: the offline page, in the reader's language.
    await page.goto(`/${locale}/not-kept-anywhere`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(catalog.Offline.page.title)

    // The demo says plainly that it needs the network.
    await page.goto(`/${locale}/demo`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(catalog.Demo.title)
    await expect(page.getByText(catalog.Offline.client.demoOffline)).toBeVisible()

    // Back online: the notice goes by itself and the demo logs in.
    await context.setOffline(false)
    await expect(page.getByText(catalog.Offline.client.demoOffline)).toBeHidden()
    await page
      .getByRole('button', { name: t.useAccount.replace('{email}', 'alice@example.com') })
      .click()
    await page.getByRole('button', { name: t.login, exact: true }).click()
    const login = page.getByRole('article', { name: new RegExp(`^#\\d+ ${t.kinds.login}$`) })
    await expect(login.last()).toContainText('HTTP 200')
    const link = page
      .getByRole('region', { name: t.tokenTitle })
      .getByRole('link', { name: t.openPlayground })
    const token = new URL((await link.getAttribute('href'))!, page.url()).hash.replace(
      '#token=',
      '',
    )
    expect(token).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/)
    // Call the API with the token (an Authorization header) and refresh (the cookie) too.
    await page.getByRole('button', { name: t.callMe, exact: true }).click()
    await expect(
      page.getByRole('article', { name: new RegExp(`^#\\d+ ${t.kinds.me}$`) }).last(),
    ).toContainText('HTTP 200')

    // Nothing from the API, and no token, in any cache.
    const cached = await cachedRequests(page)
    expect(cached.length).toBeGreaterThan(0)
    expect(cached.filter((r) => r.path.startsWith('/api/'))).toEqual([])
    expect(await cachedResponsesContaining(page, token)).toEqual([])
    expect(await cachedResponsesContaining(page, token.split('.')[2]!)).toEqual([])
  })
}

test('a new version waits for the reader: a localised, keyboard-reachable prompt, and reload only when asked, even while the warm-up is still fetching', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000)
  const strings = zh.Offline.client
  // The worker's warm-up never gets its lessons: it is still running when the reader reloads,
  // as on a slow connection. (The browser activates a new worker only once the old one has no
  // event left in progress.)
  const held: (() => void)[] = []
  await context.route(/\/zh-CN\/learn\/./, async (route) => {
    if (!route.request().serviceWorker()) return route.continue()
    await new Promise<void>((release) => held.push(release))
    await route.continue().catch(() => {})
  })
  await installWorker(page, '/zh-CN/playground')
  const input = page.getByLabel(zh.Playground.input.label)
  await input.fill('typed before the update')

  // The next deploy, as the browser sees it: a worker script that is not the one running.
  // (Playwright cannot route the browser's own update check, so the new script gets a new URL.)
  await page.evaluate(() =>
    navigator.serviceWorker.register('/serwist/sw.js?next-build', { scope: '/', type: 'module' }),
  )

  const prompt = page.getByText(strings.updateReady)
  await expect(prompt).toBeVisible({ timeout: 60_000 })
  // Announced politely, and nothing changed under the reader: the new worker waits.
  await expect(page.locator('[aria-live="polite"]', { has: prompt })).toHaveCount(1)
  expect(
    await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting),
  ).toBe(true)
  await expect(input).toHaveValue('typed before the update')

  // "Later" only hides it.
  await page.getByRole('button', { name: strings.later }).click()
  await expect(prompt).toBeHidden()
  await expect(input).toHaveValue('typed before the update')

  // Next visit it is back; Tab reaches "Reload", Enter takes the new version.
  await page.reload()
  await expect(prompt).toBeVisible({ timeout: 60_000 })
  const reload = page.getByRole('button', { name: strings.reload })
  for (let i = 0; i < 200; i++) {
    if (await reload.evaluate((el) => el === document.activeElement)) break
    await page.keyboard.press('Tab')
  }
  await expect(reload).toBeFocused()
  await Promise.all([page.waitForEvent('framenavigated'), page.keyboard.press('Enter')])
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration()
        return !registration?.waiting && !!navigator.serviceWorker.controller
      }),
    )
    .toBe(true)
  await expect(prompt).toBeHidden()
  expect(held.length, 'the warm-up was still waiting for a lesson').toBeGreaterThan(0)
  await context.unrouteAll({ behavior: 'ignoreErrors' })
  for (const release of held) release()
})

for (const locale of LOCALES) {
  test(`${locale} pages link an installable manifest in their language, with real icons`, async ({
    page,
    request,
  }) => {
    const catalog = catalogs[locale]
    await page.goto(`/${locale}/learn`)
    const href = await page.locator('link[rel="manifest"]').getAttribute('href')
    expect(href).toBe(`/${locale}/manifest.webmanifest`)
    const themeColors = await page
      .locator('meta[name="theme-color"]')
      .evaluateAll((metas) => metas.map((m) => m.getAttribute('media')))
    expect(themeColors.sort()).toEqual([
      '(prefers-color-scheme: dark)',
      '(prefers-color-scheme: light)',
    ])

    const response = await request.get(href!)
    expect(response.headers()['content-type']).toContain('application/manifest+json')
    const manifest = await response.json()
    expect(manifest).toMatchObject({
      name: catalog.Offline.manifest.name,
      short_name: catalog.Offline.manifest.shortName,
      description: catalog.Offline.manifest.description,
      lang: locale,
      start_url: `/${locale}`,
      display: 'standalone',
    })
    const icons = manifest.icons as { src: string; sizes: string; purpose: string }[]
    for (const [sizes, purpose] of [
      ['192x192', 'any'],
      ['512x512', 'any'],
      ['512x512', 'maskable'],
    ])
      expect(icons.some((i) => i.sizes === sizes && i.purpose === purpose)).toBe(true)
    for (const icon of icons) {
      const png = await (await request.get(icon.src)).body()
      // The PNG signature, then the IHDR width and height.
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes)
    }
  })
}

test('with the worker in control, the playground still sends the token and its key nowhere (the worker’s own fetches included)', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000)
  const sent: string[] = []
  // On the context: it sees the page's requests and the service worker's.
  context.on('request', (request) =>
    sent.push(
      `${request.method()} ${request.url()}\n${JSON.stringify(request.headers())}\n${request.postData() ?? ''}`,
    ),
  )
  await installWorker(page, '/en/playground')
  await waitForWarmUp(page, 'en')
  await page.reload()
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true)
  await page.getByLabel(en.Playground.input.label).fill(a1.compact)
  await page
    .getByLabel(en.Playground.keys.secret, { exact: true })
    .fill((a1.jwk as { k: string }).k)
  await page.getByRole('radio', { name: en.Playground.keys.base64url }).check()
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'verified')
  await page.waitForLoadState('networkidle')
  // The record holds the worker's own fetches: the lessons it warmed, never opened here.
  expect(sent.some((r) => r.startsWith('GET ') && r.includes('/en/learn/header\n'))).toBe(true)
  const [, payload, signature] = a1.compact.split('.') as [string, string, string]
  for (const secret of [payload, signature, (a1.jwk as { k: string }).k])
    expect(sent.filter((r) => r.includes(secret))).toEqual([])
})
