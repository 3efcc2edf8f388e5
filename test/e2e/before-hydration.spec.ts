/**
 * What a reader types while the page is still loading its scripts is kept: React's hydration
 * writes the server's values over the fields, and a selection made then collapses (seen in CI:
 * a cookie pasted into the playground came out joined to the example token).
 */
import { SignJWT } from 'jose'
import { expect, test, type Page } from './support/test'
import { holdScripts, waitForHydration } from './support/hydration'
import { openPlayground } from './support/playground'
import en from '../../content/messages/en.json'
import zh from '../../content/messages/zh-CN.json'
import vectors from '../fixtures/vectors/rfc7515-appendix-a.json'

const catalogs = { en, 'zh-CN': zh as typeof en } as const
const A1_TOKEN = vectors.vectors.find((v) => v.id === 'A.1')!.compact
const COOKIE = `Cookie: session=${A1_TOKEN}; theme=dark`

/** The page as it is before its scripts run: held, and the field there to type into. */
async function openHeld(page: Page, path: string) {
  const scripts = await holdScripts(page)
  await page.goto(path, { waitUntil: 'commit' })
  return scripts
}

for (const locale of ['en', 'zh-CN'] as const) {
  const t = catalogs[locale]
  const pg = t.Playground.input
  const demo = t.Demo.client
  const cookieFound = pg.foundNamed
    .replace('{source}', t.Playground.sources.cookie)
    .replace('{name}', 'session')
    .replace('{segments}', '3')

  test(`playground in ${locale}: a token and a secret typed before hydration stay, and are what the page verifies`, async ({
    page,
  }) => {
    const secretText = 'typed before the page was ready'
    const token = await new SignJWT({ sub: 'early' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .sign(new TextEncoder().encode(secretText))
    const cookie = `Cookie: session=${token}; theme=dark`
    const scripts = await openHeld(page, `/${locale}/playground`)
    const input = page.getByLabel(pg.label)
    const secret = page.getByLabel(t.Playground.keys.secret, { exact: true })
    await input.fill(cookie)
    await secret.fill(secretText)
    expect(scripts.held(), 'the page had not run its scripts yet').toBeGreaterThan(0)
    scripts.release()
    await expect(page.getByTestId('found')).toHaveText(cookieFound)
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'verified')
    await expect(input).toHaveValue(cookie)
    await expect(secret).toHaveValue(secretText)
    // And it is what this tab keeps across a reload (once the debounced save has happened).
    await expect
      .poll(() => page.evaluate(() => JSON.stringify(sessionStorage)))
      .toContain('theme=dark')
    await page.unrouteAll()
    await page.reload()
    await expect(page.getByTestId('found')).toHaveText(cookieFound)
    await expect(input).toHaveValue(cookie)
    await expect(secret).toHaveValue(secretText)
  })

  test(`playground in ${locale}: all selected before hydration, then pasted over, replaces it`, async ({
    page,
  }) => {
    const scripts = await openHeld(page, `/${locale}/playground`)
    const input = page.getByLabel(pg.label)
    await input.focus()
    await page.keyboard.press('ControlOrMeta+A')
    expect(scripts.held(), 'the page had not run its scripts yet').toBeGreaterThan(0)
    scripts.release()
    // Hydrated: the example token is verified in the browser.
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'verified')
    await page.keyboard.insertText(COOKIE)
    await expect(input).toHaveValue(COOKIE)
    await expect(page.getByTestId('found')).toHaveText(cookieFound)
  })

  test(`playground in ${locale}: all selected before hydration over a restored session, then pasted over, replaces it`, async ({
    page,
  }) => {
    await openPlayground(page, `/${locale}/playground`)
    const input = page.getByLabel(pg.label)
    await input.fill(`Authorization: Bearer ${A1_TOKEN}`)
    await expect
      .poll(() => page.evaluate(() => JSON.stringify(sessionStorage)))
      .toContain('Authorization: Bearer')
    const scripts = await holdScripts(page)
    await page.reload({ waitUntil: 'commit' })
    await input.focus()
    await page.keyboard.press('ControlOrMeta+A')
    expect(scripts.held(), 'the page had not run its scripts yet').toBeGreaterThan(0)
    scripts.release()
    // Hydrated, and the session's text is back in the field in place of the example.
    await expect(page.getByTestId('found')).toHaveText(
      pg.found
        .replace('{source}', t.Playground.sources['authorization-header'])
        .replace('{segments}', '3'),
    )
    await page.keyboard.insertText(COOKIE)
    await expect(input).toHaveValue(COOKIE)
  })

  test(`lessons in ${locale}: a switch pressed and a payload typed before hydration are answered once live`, async ({
    page,
  }) => {
    const l = t.Lessons
    let scripts = await openHeld(page, `/${locale}/learn/signature`)
    const tamper = page.getByTestId('tamper-demo')
    await tamper.getByRole('switch', { name: l.tamper }).click()
    expect(scripts.held(), 'the page had not run its scripts yet').toBeGreaterThan(0)
    scripts.release()
    await expect(tamper.getByRole('status')).toContainText(l.notVerified)
    await expect(tamper.getByRole('switch', { name: l.tamper })).toHaveAttribute(
      'aria-checked',
      'true',
    )

    await page.unrouteAll()
    scripts = await openHeld(page, `/${locale}/learn/payload`)
    const editor = page.getByTestId('payload-editor')
    const payload = '{"sub":"43","name":"Ada","role":"admin"}'
    await editor.getByRole('textbox').fill(payload)
    expect(scripts.held(), 'the page had not run its scripts yet').toBeGreaterThan(0)
    scripts.release()
    await expect(editor.getByRole('status')).toHaveText(l.signatureChanged)
    await expect(editor.getByRole('textbox')).toHaveValue(payload)
  })

  test(`lessons in ${locale}: all of the payload selected before hydration, then pasted over, replaces it`, async ({
    page,
  }) => {
    const scripts = await openHeld(page, `/${locale}/learn/payload`)
    const field = page.getByTestId('payload-editor').getByRole('textbox')
    await field.focus()
    await page.keyboard.press('ControlOrMeta+A')
    expect(scripts.held(), 'the page had not run its scripts yet').toBeGreaterThan(0)
    scripts.release()
    // Live: the selection came through hydration (the guard) and the swap (the Island).
    await expect(page.locator('[data-island="payload"]')).toHaveAttribute('data-live', '')
    const payload = '{"sub":"43"}'
    await page.keyboard.insertText(payload)
    await expect(field).toHaveValue(payload)
  })

  test(`demo in ${locale}: Enter before hydration sends nothing, and the typed login is the one sent`, async ({
    page,
    pageErrors,
  }) => {
    pageErrors.allow(/status of 401/)
    const navigations: string[] = []
    page.on('request', (r) => void (r.isNavigationRequest() && navigations.push(r.url())))
    const scripts = await openHeld(page, `/${locale}/demo`)
    const form = page.getByRole('form', { name: demo.loginTitle })
    const email = form.getByLabel(demo.email)
    const password = form.getByLabel(demo.password, { exact: true })
    // An address of its own: wrong passwords for a real account are slowed down (LOGIN_DELAYED).
    const address = `typed-early-${locale}-${Date.now()}@example.com`
    await email.fill(address)
    await password.fill('a-password-typed-early')
    await password.press('Enter')
    expect(scripts.held(), 'the page had not run its scripts yet').toBeGreaterThan(0)
    scripts.release()
    const login = form.getByRole('button', { name: demo.login, exact: true })
    await waitForHydration(login)
    await expect(email).toHaveValue(address)
    await expect(password).toHaveValue('a-password-typed-early')
    // The native submission would have put the password in the URL (history, server logs).
    expect(navigations).toEqual([new URL(`/${locale}/demo`, page.url()).href])
    expect(page.url()).not.toContain('password')

    await login.click()
    const result = form.getByRole('status')
    await expect(result).toContainText('401')
    await expect(result).toContainText(t.Api.errors.INVALID_CREDENTIALS)
  })
}
