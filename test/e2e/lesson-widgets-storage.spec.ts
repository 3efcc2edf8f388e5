/**
 * storing-tokens' <InjectedScript>: a real HttpOnly cookie from /api/lessons/cookie, and an
 * injected script that finds the token in localStorage but not in document.cookie, while the
 * browser still sends the cookie with the script's own request.
 */
import { expect, test, type Page } from './support/test'

test.use({ serviceWorkers: 'block' })

const TOKEN_START = 'eyJhbGciOiJIUzI1NiIsInR5cCI6'

const LOCALES = [
  {
    locale: 'en',
    store: '1. Store the token (as a login would)',
    run: '2. Run the injected script',
    clear: 'Remove both',
    stored: 'Stored: the token is in localStorage and in an HttpOnly cookie',
    found: `Found the token: ${TOKEN_START}`,
    hidden: 'and the token is not among them: HttpOnly hides it from every script',
    sent: 'The browser sent the HttpOnly cookie with the script',
    nothing: 'Nothing there: store the token first.',
    notSent: 'The cookie did not come along',
    failed: 'The server did not set the cookie (HTTP 500)',
  },
  {
    locale: 'zh-CN',
    store: '1. 存入令牌（就像登录时那样）',
    run: '2. 运行注入脚本',
    clear: '两处都删掉',
    stored: '已存入：令牌放进了 localStorage，也放进了一个 HttpOnly Cookie',
    found: `找到了令牌：${TOKEN_START}`,
    hidden: '令牌不在其中：HttpOnly 让所有脚本都看不到它',
    sent: '浏览器照样把 HttpOnly Cookie 附在了脚本发出的请求上',
    nothing: '什么都没有：请先存入令牌。',
    notSent: 'Cookie 没有随请求发出',
    failed: '服务器没有设置 Cookie（HTTP 500）',
  },
] as const

async function openWidget(page: Page, locale: string) {
  await page.goto(`/${locale}/learn/storing-tokens`)
  const widget = page.getByTestId('injected-script')
  const island = widget.locator('[data-island="injectedScript"]')
  // The island loads when it nears the viewport. A scroll made while the page above it was still
  // being laid out can land far from it (seen: the widget 528 px above the viewport, never live);
  // a reader who scrolls to it brings it near, so scroll again until it is there.
  await expect(async () => {
    await widget.scrollIntoViewIfNeeded()
    await expect(island).toHaveAttribute('data-live', '', { timeout: 1_000 })
  }).toPass()
  return widget
}

for (const l of LOCALES) {
  test(`${l.locale}: the script reads localStorage, not the HttpOnly cookie the browser still sends`, async ({
    page,
    context,
  }) => {
    const widget = await openWidget(page, l.locale)
    const findings = widget.getByTestId('script-findings')

    // Keyboard: nothing stored yet, the script finds nothing.
    await widget.getByRole('button', { name: l.run }).focus()
    await page.keyboard.press('Enter')
    await expect(findings).toContainText(l.nothing)
    await expect(findings).toContainText(l.notSent)

    await widget.getByRole('button', { name: l.store }).focus()
    await page.keyboard.press('Enter')
    await expect(widget.getByTestId('store-status')).toContainText(l.stored)
    const cookie = (await context.cookies()).find((c) => c.name === 'jwtpg_lesson_token')
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' })
    expect(cookie?.value.startsWith(TOKEN_START)).toBe(true)

    await widget.getByRole('button', { name: l.run }).focus()
    await page.keyboard.press('Enter')
    await expect(findings).toContainText(l.found)
    await expect(findings).toContainText(l.hidden)
    await expect(findings).toContainText(l.sent)

    await widget.getByRole('button', { name: l.clear }).click()
    await expect
      .poll(async () => (await context.cookies()).some((c) => c.name === 'jwtpg_lesson_token'))
      .toBe(false)
    expect(await page.evaluate(() => localStorage.length)).toBe(0)
  })
}

test('en: a server failure while storing gets a clear message', async ({ page, pageErrors }) => {
  pageErrors.allow(/status of 500/) // Chromium logs the failure this test provokes
  await page.route('**/api/lessons/cookie', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({ status: 500, body: '' })
      : route.continue(),
  )
  const widget = await openWidget(page, 'en')
  await widget.getByRole('button', { name: LOCALES[0].store }).click()
  await expect(widget.getByTestId('store-status')).toContainText(LOCALES[0].failed)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true })

  test('zh-CN: a tap on the still picture is replayed once the widget is live', async ({
    page,
  }) => {
    const l = LOCALES[1]
    await page.goto(`/${l.locale}/learn/storing-tokens`)
    const widget = page.getByTestId('injected-script')
    await widget.scrollIntoViewIfNeeded()
    await widget.getByRole('button', { name: l.store }).tap()
    await expect(widget.getByTestId('store-status')).toContainText(l.stored)
    await widget.getByRole('button', { name: l.run }).tap()
    await expect(widget.getByTestId('script-findings')).toContainText(l.hidden)
    const box = (await widget.boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(360)
  })
})
