/**
 * The jws-vs-jwe lesson's widget: the JWS shows its claims to anyone, the JWE only its protected
 * header; the right key decrypts, a wrong or malformed one fails with a clear message, and the
 * key the reader typed stays.
 */
import en from '../../content/messages/en.json'
import zh from '../../content/messages/zh-CN.json'
import { expect, test, type Page } from './support/test'

test.use({ serviceWorkers: 'block' })

const EMAIL = 'ada@example.com'

async function open(page: Page, locale: 'en' | 'zh-CN') {
  await page.goto(`/${locale}/learn/jws-vs-jwe`)
  const widget = page.getByTestId('jwe-demo')
  await widget.scrollIntoViewIfNeeded()
  await expect(widget.locator('[data-island="jwe"]')).toHaveAttribute('data-live', '')
  return widget
}

test('the still picture already shows what an onlooker reads of each token', async ({ page }) => {
  await page.goto('/en/learn/jws-vs-jwe')
  const widget = page.getByTestId('jwe-demo')
  const t = en.Lessons.jweDemo
  await expect(widget.getByRole('region', { name: t.jwsTitle })).toContainText(EMAIL)
  const parts = widget.getByTestId('jwe-parts').locator('li')
  await expect(parts).toHaveCount(5)
  await expect(parts.nth(0)).toContainText('"alg":"dir"')
  await expect(widget.getByTestId('jwe-parts')).not.toContainText(EMAIL)
  await expect(parts.nth(1)).toContainText(t.empty)
  for (const index of [2, 3, 4]) await expect(parts.nth(index)).toContainText(t.opaque)
})

test('keyboard: decrypt, a wrong key, a malformed key, encrypt again, in English', async ({
  page,
}) => {
  const t = en.Lessons.jweDemo
  const widget = await open(page, 'en')
  const status = widget.getByRole('status')
  const key = widget.getByLabel(t.key)
  const rightKey = await key.inputValue()

  await widget.getByRole('button', { name: t.decrypt, exact: true }).focus()
  await page.keyboard.press('Enter')
  await expect(status).toContainText(t.decrypted)
  await expect(status).toContainText(EMAIL)

  await page.keyboard.press('Tab')
  await expect(widget.getByRole('button', { name: t.wrongKey })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(status).toContainText(t.errors.ERR_JWE_DECRYPTION_FAILED)
  await expect(status).not.toContainText(EMAIL)
  await expect(key).toHaveValue(rightKey)

  await key.focus()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('abc')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(status).toContainText('This key is 2 bytes long; A256GCM needs exactly 32.')
  await expect(key).toHaveValue('abc')

  const parts = widget.getByTestId('jwe-parts').locator('li')
  const before = await parts.allTextContents()
  await widget.getByRole('button', { name: t.encrypt }).focus()
  await page.keyboard.press('Enter')
  await expect(status).toContainText(t.reencrypted)
  const after = await parts.allTextContents()
  expect(after[0]).toBe(before[0])
  for (const index of [2, 3, 4]) expect(after[index]).not.toBe(before[index])
})

test.describe('touch, 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true })

  test('in Chinese: the right key reads the claims, a wrong one reads nothing', async ({
    page,
  }) => {
    const t = zh.Lessons.jweDemo
    const widget = await open(page, 'zh-CN')
    const status = widget.getByRole('status')
    await widget.getByRole('button', { name: t.decrypt, exact: true }).tap()
    await expect(status).toContainText(t.decrypted)
    await expect(status).toContainText(EMAIL)
    await widget.getByRole('button', { name: t.wrongKey }).tap()
    await expect(status).toContainText(t.errors.ERR_JWE_DECRYPTION_FAILED)
    await expect(status).not.toContainText(EMAIL)
  })
})
