/**
 * The login-flow lesson's widget walks the real demo API: a throwaway account, login, /api/me,
 * refresh through the HttpOnly cookie, logout, and a refresh that fails once the cookie is gone.
 * And when registering is refused (the API's 429), the demo account takes over.
 */
import en from '../../content/messages/en.json'
import zh from '../../content/messages/zh-CN.json'
import { expect, test, type Page } from './support/test'

test.use({ serviceWorkers: 'block' })

async function open(page: Page, locale: 'en' | 'zh-CN') {
  await page.goto(`/${locale}/learn/login-flow`)
  const widget = page.getByTestId('login-flow')
  await widget.scrollIntoViewIfNeeded()
  await expect(widget.locator('[data-island="login-flow"]')).toHaveAttribute('data-live', '')
  return widget
}

test('keyboard: every step of the login exchange against the real API, in English', async ({
  page,
  context,
  pageErrors,
}) => {
  const t = en.Lessons.loginFlow
  const widget = await open(page, 'en')
  const status = widget.getByRole('status')
  const heading = widget.getByTestId('flow-step')
  const response = widget.getByTestId('flow-response')
  const request = widget.getByTestId('flow-request')
  const email = (await widget.getByTestId('flow-email').textContent()) ?? ''
  expect(email).toMatch(/@example\.com$/)
  await expect(request).toContainText(email)

  // One button does it all from the keyboard: send, next, send, next…
  await widget.getByRole('button', { name: t.send }).focus()
  const press = () => page.keyboard.press('Enter')

  await press()
  await expect(status).toContainText(t.steps.register.ok)
  await expect(response).toContainText('201')
  await press()
  await expect(heading).toContainText(`Step 2 of 6: ${t.steps.login.title}`)
  await press()
  await expect(status).toContainText(t.steps.login.ok)
  await expect(widget.getByTestId('flow-token')).toContainText('at+jwt')
  const loginPayload = await widget.getByTestId('flow-token').textContent()
  // The refresh token is a cookie the page's scripts cannot read.
  const refresh = (await context.cookies()).find((cookie) => cookie.name === 'jwtpg_refresh')
  expect(refresh).toMatchObject({ httpOnly: true, path: '/api/auth' })
  expect(await page.evaluate(() => document.cookie)).not.toContain('jwtpg_refresh')

  await press()
  await press()
  await expect(request).toContainText('Authorization: Bearer')
  await expect(response).toContainText('200')
  await expect(response).toContainText(email)

  await press()
  await expect(request).toContainText('Cookie: jwtpg_refresh=')
  await expect(request).not.toContainText('Authorization')
  await press()
  await expect(status).toContainText(t.steps.refresh.ok)
  await expect(widget.getByTestId('flow-token')).not.toHaveText(loginPayload ?? '')

  await press()
  await press()
  await expect(status).toContainText(t.steps.logout.ok)
  await expect(response).toContainText('204')

  await press()
  await expect(heading).toContainText(`Step 6 of 6: ${t.steps.refreshAgain.title}`)
  // The last step's 401 is the lesson's point; Chromium logs it as a console error.
  pageErrors.allow(/status of 401/)
  await press()
  await expect(status).toContainText(en.Api.errors.REFRESH_TOKEN_MISSING)
  await expect(response).toContainText('401')
  await expect(widget.getByRole('button', { name: t.done })).toBeFocused()

  // Back shows a step already sent, without sending it again.
  await widget.getByRole('button', { name: t.back }).focus()
  await press()
  await expect(heading).toContainText(`Step 5 of 6: ${t.steps.logout.title}`)
  await expect(response).toContainText('204')
})

test.describe('touch, 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true })

  test('in Chinese: registering refused with 429, the demo account walks on', async ({
    page,
    pageErrors,
  }) => {
    const t = zh.Lessons.loginFlow
    pageErrors.allow(/status of 429/)
    // The API's own answer when this address registered too often (lib/auth's register limit).
    await page.route('**/api/auth/register', (route) =>
      route.fulfill({
        status: 429,
        contentType: 'application/problem+json',
        headers: { 'Retry-After': '600' },
        body: JSON.stringify({
          type: 'urn:jwt-playground:error:RATE_LIMITED',
          title: 'Too many attempts',
          status: 429,
          code: 'RATE_LIMITED',
          detail: 'Too many registrations from this address.',
        }),
      }),
    )
    const widget = await open(page, 'zh-CN')
    const status = widget.getByRole('status')
    await widget.getByRole('button', { name: t.send }).tap()
    await expect(status).toContainText(zh.Api.errors.RATE_LIMITED)
    await expect(status).toContainText(t.registerFailed)
    await widget
      .getByRole('button', { name: t.useDemo.replace('{email}', 'alice@example.com') })
      .tap()
    await expect(widget.getByTestId('flow-email')).toHaveText('alice@example.com')
    await expect(widget.getByTestId('flow-step')).toContainText(t.steps.login.title)
    await widget.getByRole('button', { name: t.send }).tap()
    await expect(status).toContainText(t.steps.login.ok)
    await widget.getByRole('button', { name: t.next }).tap()
    await widget.getByRole('button', { name: t.send }).tap()
    await expect(status).toContainText(t.steps.me.ok)
    await expect(widget.getByTestId('flow-response')).toContainText('alice@example.com')
  })
})
