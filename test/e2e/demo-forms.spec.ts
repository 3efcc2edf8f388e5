import { expect, test, type Page } from './support/test'
import en from '../../content/messages/en.json'
import zh from '../../content/messages/zh-CN.json'

type Catalog = typeof en
const catalogs = { en, 'zh-CN': zh as Catalog } as const

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** Matches an accessible description that contains `text`. */
const containing = (text: string) => new RegExp(escape(text))

/** Every text node showing `text` on the page is laid out on one line. */
async function linesOf(page: Page, text: string): Promise<number[]> {
  return page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    const counts: number[] = []
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + needle.length)
      const rects = [...range.getClientRects()].filter((r) => r.width > 0)
      if (rects.length === 0) continue // not rendered (e.g. a closed <details>)
      counts.push(new Set(rects.map((r) => Math.round(r.top))).size)
    }
    return counts
  }, text)
}

for (const locale of ['en', 'zh-CN'] as const) {
  const catalog = catalogs[locale]
  const t = catalog.Demo.client
  const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true })

  test(`registration in ${locale}: each field says what is wrong with it, next to it and the button`, async ({
    page,
    pageErrors,
  }) => {
    pageErrors.allow(/status of 400/)
    await page.goto(`/${locale}/demo`)
    await page.getByText(t.registerTitle).click()
    const form = page.getByRole('form', { name: t.registerTitle })
    const name = form.getByLabel(t.name)
    const email = form.getByLabel(t.email)
    const password = form.getByLabel(t.password)
    await name.fill('Bob')
    await email.fill('not-an-email')
    await password.fill('abc')
    await button(page, t.register).click()

    await expect(email).toHaveAttribute('aria-invalid', 'true')
    await expect(email).toHaveAccessibleDescription(containing(t.fieldErrors.email.invalid_format))
    await expect(password).toHaveAttribute('aria-invalid', 'true')
    await expect(password).toHaveAccessibleDescription(
      containing(t.fieldErrors.password.too_small.replace('{min}', '8')),
    )
    await expect(name).not.toHaveAttribute('aria-invalid', 'true')
    // The result appears in the form, where the learner is looking, not panels further down.
    const result = form.getByRole('status')
    await expect(result).toContainText('400')
    await expect(result).toContainText(catalog.Api.errors.VALIDATION_FAILED)
    await expect(result).toBeInViewport()
    // Nothing typed is lost.
    await expect(email).toHaveValue('not-an-email')
    await expect(password).toHaveValue('abc')

    // Fix the email only: its error goes, the password's stays.
    await email.fill(`bob-${locale}-${Date.now()}@example.com`)
    await button(page, t.register).click()
    await expect(email).not.toHaveAttribute('aria-invalid', 'true')
    await expect(password).toHaveAttribute('aria-invalid', 'true')
    await expect(password).toHaveAccessibleDescription(
      containing(t.fieldErrors.password.too_small.replace('{min}', '8')),
    )
  })

  test(`a weak password in ${locale}: the server's zxcvbn-ts feedback, translated, by the field`, async ({
    page,
    pageErrors,
  }) => {
    pageErrors.allow(/status of 400/)
    await page.goto(`/${locale}/demo`)
    await page.getByText(t.registerTitle).click()
    const form = page.getByRole('form', { name: t.registerTitle })
    const password = form.getByLabel(t.password)
    await form.getByLabel(t.name).fill('Bob')
    await form.getByLabel(t.email).fill(`weak-${locale}-${Date.now()}@example.com`)
    // Eight characters pass the length rule; zxcvbn-ts scores a repeated letter 0.
    await password.fill('aaaaaaaa')
    await button(page, t.register).click()

    await expect(form.getByRole('status')).toContainText('PASSWORD_TOO_WEAK')
    await expect(form.getByRole('status')).toContainText(catalog.Api.errors.PASSWORD_TOO_WEAK)
    await expect(password).toHaveAttribute('aria-invalid', 'true')
    await expect(password).toHaveAccessibleDescription(
      containing(t.fieldErrors.password.password_too_weak),
    )
    await expect(password).toHaveAccessibleDescription(containing(t.zxcvbn.warnings.simpleRepeat))
    await expect(password).toHaveAccessibleDescription(containing(t.zxcvbn.suggestions.repeated))
    await expect(password).toHaveAccessibleDescription(
      containing(t.strength.replace('{score}', '0')),
    )
    await expect(password).toHaveValue('aaaaaaaa')

    // A strong one goes through, and the feedback goes with the error.
    await password.fill('correct-horse-battery-staple-jwt')
    await button(page, t.register).click()
    await expect(form.getByRole('status')).toContainText('201')
    await expect(password).not.toHaveAttribute('aria-invalid', 'true')
  })

  test(`login in ${locale}: a malformed email and an empty password are said by their fields`, async ({
    page,
    pageErrors,
  }) => {
    pageErrors.allow(/status of 400/)
    await page.goto(`/${locale}/demo`)
    const form = page.getByRole('form', { name: t.loginTitle })
    const email = form.getByLabel(t.email)
    const password = form.getByLabel(t.password)
    await email.fill('alice-at-example.com')
    await password.fill('')
    await button(page, t.login).click()
    await expect(email).toHaveAttribute('aria-invalid', 'true')
    await expect(email).toHaveAccessibleDescription(containing(t.fieldErrors.email.invalid_format))
    await expect(password).toHaveAttribute('aria-invalid', 'true')
    await expect(password).toHaveAccessibleDescription(containing(t.fieldErrors.required))
    await expect(form.getByRole('status')).toContainText(catalog.Api.errors.VALIDATION_FAILED)
    await expect(email).toHaveValue('alice-at-example.com')
  })

  test(`before login in ${locale}: every button that needs a session is disabled and says why`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/demo`)
    const needToken = [t.callMe, t.tamper, t.noBearer, t.waitExpiry]
    const needLogin = [t.refresh, t.logout]
    for (const name of needToken) {
      await expect(button(page, name)).toBeDisabled()
      await expect(button(page, name)).toHaveAccessibleDescription(t.needToken)
    }
    for (const name of needLogin) {
      await expect(button(page, name)).toBeDisabled()
      await expect(button(page, name)).toHaveAccessibleDescription(t.needLogin)
    }
    await expect(button(page, t.replay)).toBeDisabled()
    await expect(page.getByText(t.needToken)).toBeVisible()
    await expect(page.getByText(t.needLogin)).toBeVisible()

    await button(page, t.login).click()
    await expect(page.getByRole('region', { name: t.tokenTitle })).toContainText('"alg"')
    for (const name of [...needToken, ...needLogin]) {
      await expect(button(page, name)).toBeEnabled()
      await expect(button(page, name)).not.toHaveAccessibleDescription(/\S/)
    }
    await expect(page.getByText(t.needToken)).toBeHidden()
    await expect(page.getByText(t.needLogin)).toBeHidden()
    await expect(button(page, t.replay)).toBeDisabled()
    await expect(button(page, t.replay)).toHaveAccessibleDescription(t.needRefresh)
  })

  test(`at 360 px in ${locale}: the step that just ran is shown by its button, and statuses do not break`, async ({
    page,
    pageErrors,
  }) => {
    pageErrors.allow(/status of 401/)
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto(`/${locale}/demo`)
    await button(page, t.login).click()
    await expect(page.getByRole('region', { name: t.tokenTitle })).toContainText('"alg"')

    const actions = page.getByRole('region', { name: t.actionsTitle })
    await button(page, t.tamper).click()
    await expect(actions.getByRole('status')).toContainText('401')
    await expect(actions.getByText(t.rows.me.response)).toBeInViewport()
    await expect(
      actions.getByText(t.stepInDiagram.replace('{n}', '3').replace('{total}', '6')),
    ).toBeInViewport()

    const session = page.getByRole('region', { name: t.sessionTitle })
    await button(page, t.refresh).click()
    await expect(session.getByRole('status')).toContainText('200')
    await expect(session.getByText(t.rows.refresh.response)).toBeInViewport()
    // Only the latest result is shown: the tamper result left the actions panel.
    await expect(actions.getByRole('status')).toBeEmpty()

    await button(page, t.replay).click()
    await expect(session.getByRole('status')).toContainText('REFRESH_TOKEN_REUSED')
    await expect(session.getByText(t.rows.replay.response)).toBeInViewport()

    const lines = await linesOf(page, '401 Unauthorized')
    expect(lines.length).toBeGreaterThanOrEqual(3) // the result line and two log entries
    expect(
      lines.every((n) => n === 1),
      `lines per "401 Unauthorized": ${lines}`,
    ).toBe(true)
  })
}
