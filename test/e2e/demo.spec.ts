import { expect, test, type Page } from './support/test'
import en from '../../content/messages/en.json'
import zh from '../../content/messages/zh-CN.json'

type Catalog = typeof en
const catalogs = { en, 'zh-CN': zh as Catalog } as const

/** The one result line showing something: each panel has its own, by its buttons. */
const liveResult = (page: Page) => page.getByRole('status').filter({ hasText: /\S/ })

/** The newest log entry must be exchange #n of this kind, with this status (and code). */
async function expectEntry(
  page: Page,
  t: Catalog['Demo']['client'],
  n: number,
  kind: keyof Catalog['Demo']['client']['kinds'],
  status: number,
  code?: string,
  timeout?: number,
) {
  const entry = page.getByRole('article', { name: `#${n} ${t.kinds[kind]}` })
  await expect(entry).toBeVisible({ timeout })
  await expect(entry).toContainText(`HTTP ${status}`)
  if (code) await expect(entry).toContainText(code)
  await expect(liveResult(page)).toContainText(String(status))
  return entry
}

for (const locale of ['en', 'zh-CN'] as const) {
  test(`Ed25519 in ${locale}: offered under its RFC 9864 name, signed and verified as Ed25519`, async ({
    page,
  }) => {
    const catalog = catalogs[locale]
    const t = catalog.Demo.client
    const button = (name: string) => page.getByRole('button', { name, exact: true })
    await page.goto(`/${locale}/demo`)
    // One radio for the algorithm, under its new name; the deprecated one is not offered.
    await expect(page.locator('input[name="alg"][value="EdDSA"]')).toHaveCount(0)
    const ed25519 = page.getByRole('radio', { name: `Ed25519 ${t.algEd25519}`, exact: true })
    await button(t.useAccount.replace('{email}', 'alice@example.com')).click()
    await ed25519.check()
    await button(t.login).click()
    await expectEntry(page, t, 1, 'login', 200)
    const tokenPanel = page.getByRole('region', { name: t.tokenTitle })
    await expect(tokenPanel).toContainText('"alg": "Ed25519"')
    await button(t.callMe).click()
    await expectEntry(page, t, 2, 'me', 200)
  })
}

for (const locale of ['en', 'zh-CN'] as const) {
  test(`the whole flow in ${locale}: login, me, tamper, no Bearer, expiry, refresh, replay, logout`, async ({
    page,
    pageErrors,
  }) => {
    test.setTimeout(90_000)
    // The flow provokes 401s on purpose (tampered, missing and expired tokens, the replay).
    pageErrors.allow(/the server responded with a status of 401 \(Unauthorized\)/)
    const catalog = catalogs[locale]
    const t = catalog.Demo.client
    const errors = catalog.Api.errors
    const button = (name: string) => page.getByRole('button', { name, exact: true })

    await page.goto(`/${locale}/demo`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(catalog.Demo.title)
    await expect(page.getByText('alice@example.com / alice-demo-pass')).toBeVisible()

    // Log in as alice with ES256 and the default lifetime.
    await button(t.useAccount.replace('{email}', 'alice@example.com')).click()
    await page.getByRole('radio', { name: /ES256/ }).check()
    await button(t.login).click()
    const login = await expectEntry(page, t, 1, 'login', 200)
    await expect(login).toContainText('Set-Cookie: jwtpg_refresh=••••••••; Path=/api/auth')
    const tokenPanel = page.getByRole('region', { name: t.tokenTitle })
    await expect(tokenPanel).toContainText('"alg": "ES256"')
    await expect(tokenPanel.getByRole('timer', { name: t.countdown })).toBeVisible()
    await expect(tokenPanel.getByRole('link', { name: t.openPlayground })).toHaveAttribute(
      'href',
      new RegExp(`^/${locale}/playground#token=eyJ`),
    )
    await expect(tokenPanel.getByRole('link', { name: '/.well-known/jwks.json' })).toBeVisible()

    await button(t.callMe).click()
    const me = await expectEntry(page, t, 2, 'me', 200)
    await expect(me).toContainText('"email": "alice@example.com"')

    await button(t.tamper).click()
    const tampered = await expectEntry(page, t, 3, 'tamper', 401, 'TOKEN_BAD_SIGNATURE')
    await expect(tampered).toContainText(errors.TOKEN_BAD_SIGNATURE)
    await expect(tampered).toContainText('WWW-Authenticate: Bearer realm="jwt-playground"')

    await button(t.noBearer).click()
    const noBearer = await expectEntry(page, t, 4, 'noBearer', 401, 'TOKEN_SCHEME_MISSING')
    await expect(noBearer).toContainText(errors.TOKEN_SCHEME_MISSING)

    // A 10-second token: wait for exp plus the server's 5 s leeway, then /api/me refuses it.
    await page.getByLabel(t.lifetime, { exact: true }).selectOption('10')
    await button(t.login).click()
    await expectEntry(page, t, 5, 'login', 200)
    await expect(tokenPanel.getByRole('timer', { name: t.countdown })).toHaveText(
      new RegExp(t.expiresIn.replace('{seconds}', '\\d+')),
    )
    await button(t.waitExpiry).click()
    await expect(button(t.stopWaiting)).toBeVisible()
    const expired = await expectEntry(page, t, 6, 'expired', 401, 'TOKEN_EXPIRED', 25_000)
    await expect(expired).toContainText(errors.TOKEN_EXPIRED)

    await button(t.refresh).click()
    const refreshed = await expectEntry(page, t, 7, 'refresh', 200)
    await expect(refreshed).toContainText('jwtpg_refresh_prev=••••••••; Path=/api/demo')

    await button(t.replay).click()
    const replay = await expectEntry(page, t, 8, 'replay', 401, 'REFRESH_TOKEN_REUSED')
    await expect(replay).toContainText(errors.REFRESH_TOKEN_REUSED)

    await button(t.refresh).click()
    const revoked = await expectEntry(page, t, 9, 'refresh', 401, 'REFRESH_TOKEN_REVOKED')
    await expect(revoked).toContainText(errors.REFRESH_TOKEN_REVOKED)

    await button(t.logout).click()
    await expectEntry(page, t, 10, 'logout', 204)

    // The diagram lit every step but registration, the latest marked as current.
    const steps = page.getByRole('region', { name: t.diagramTitle }).getByRole('listitem')
    await expect(steps).toHaveCount(6)
    await expect(steps.nth(0)).toContainText(t.stepIdle)
    await expect(steps.nth(5)).toHaveAttribute('aria-current', 'step')
    await expect(steps.nth(4)).toContainText('REFRESH_TOKEN_REUSED')
  })
}

test.describe(() => {
  // page.route() does not see what the service worker fetches: this test intercepts /api/me.
  test.use({ serviceWorkers: 'block' })

  test('in Chinese: translated errors, a registered account, network failures keep the input', async ({
    page,
    pageErrors,
  }) => {
    const t = zh.Demo.client
    const button = (name: string) => page.getByRole('button', { name, exact: true })
    // Chromium logs every refused request; the wrong password and the short one are on purpose.
    pageErrors.allow(/status of 40[01]/)
    await page.goto('/zh-CN/demo')
    const loginForm = page.getByRole('form', { name: t.loginTitle })

    // A wrong password: the Chinese message, and what was typed stays in the form.
    await loginForm.getByLabel(t.email).fill('alice@example.com')
    await loginForm.getByLabel(t.password).fill('not-her-password')
    await button(t.login).click()
    const wrong = await expectEntry(page, t, 1, 'login', 401, 'INVALID_CREDENTIALS')
    await expect(wrong).toContainText('邮箱或密码错误。')
    await expect(liveResult(page)).toContainText('邮箱或密码错误。')
    await expect(loginForm.getByLabel(t.password)).toHaveValue('not-her-password')

    // Register, and the new account lands in the login form.
    const email = `zh-${Date.now()}@example.com`
    await page.getByText(t.registerTitle).click()
    const register = page.getByRole('form', { name: t.registerTitle })
    await register.getByLabel(t.name).fill('小明')
    await register.getByLabel(t.email).fill(email)
    await register.getByLabel(t.password).fill('123')
    await button(t.register).click()
    const invalid = await expectEntry(page, t, 2, 'register', 400, 'VALIDATION_FAILED')
    await expect(invalid).toContainText(zh.Api.errors.VALIDATION_FAILED)
    await register.getByLabel(t.password).fill('xiaoming-likes-claims')
    await button(t.register).click()
    await expectEntry(page, t, 3, 'register', 201)
    await expect(loginForm.getByLabel(t.email)).toHaveValue(email)
    await page.getByRole('radio', { name: /HS256/ }).check()
    await button(t.login).click()
    await expectEntry(page, t, 4, 'login', 200)
    await expect(page.getByRole('region', { name: t.tokenTitle })).toContainText(t.hmacNote)

    // The network drops: a clear message, nothing lost.
    pageErrors.allow(/net::ERR_FAILED/)
    await page.route('**/api/me', (route) => route.abort())
    await button(t.callMe).click()
    await expect(page.getByRole('article', { name: `#5 ${t.kinds.me}` })).toContainText(
      t.networkError,
    )
    await expect(liveResult(page)).toContainText(t.networkError)
    await expect(loginForm.getByLabel(t.email)).toHaveValue(email)
  })
})
