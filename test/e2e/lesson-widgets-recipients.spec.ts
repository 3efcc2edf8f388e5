/**
 * The id-tokens lesson's <TokenRecipients>: the reader sends the ID token or the access token of
 * one login to the web app's login check or to the API, and sees which check stops it.
 */
import en from '../../content/messages/en.json'
import zh from '../../content/messages/zh-CN.json'
import { expect, test, type Page } from './support/test'

test.use({ serviceWorkers: 'block' })

async function open(page: Page, locale: 'en' | 'zh-CN') {
  await page.goto(`/${locale}/learn/id-tokens`)
  const widget = page.getByTestId('token-recipients')
  await widget.scrollIntoViewIfNeeded()
  await expect(widget.locator('[data-island="recipients"]')).toHaveAttribute('data-live', '')
  return widget
}

test('keyboard, in English: the API refuses the ID token by typ and takes the access token; the web app catches another login by nonce', async ({
  page,
}) => {
  const t = en.Lessons.recipients
  const widget = await open(page, 'en')
  const verdict = widget.getByTestId('recipient-verdict')
  // The starting choice: the ID token sent to the API.
  await expect(verdict).toContainText(t.rejected)
  await expect(verdict).toContainText(t.failures.typ)
  await expect(verdict.locator('[data-check="aud"]')).toHaveAttribute('data-ok', 'false')

  // Arrow keys move within a radio group, as a keyboard reader does.
  await widget.getByRole('radio', { name: t.tokens.id }).focus()
  await page.keyboard.press('ArrowDown')
  await expect(widget.getByRole('radio', { name: t.tokens.access })).toBeChecked()
  await expect(verdict).toContainText(t.accepted)
  await expect(verdict).toContainText(t.acceptedBecause)

  await widget.getByRole('radio', { name: t.recipients.api }).focus()
  await page.keyboard.press('ArrowUp')
  await expect(widget.getByRole('radio', { name: t.recipients.client })).toBeChecked()
  await expect(verdict).toContainText(t.failures.aud)

  await widget.getByRole('radio', { name: t.tokens.access }).focus()
  await page.keyboard.press('ArrowUp')
  await expect(verdict).toContainText(t.accepted)
  await widget.getByRole('radio', { name: t.logins.same }).focus()
  await page.keyboard.press('ArrowDown')
  await expect(verdict).toContainText(t.failures.nonce)
})

test.describe('touch, 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true })

  test('in Chinese: a tap on the still picture counts, and the web app accepts its own ID token', async ({
    page,
  }) => {
    const t = zh.Lessons.recipients
    await page.goto('/zh-CN/learn/id-tokens')
    const widget = page.getByTestId('token-recipients')
    const verdict = widget.getByTestId('recipient-verdict')
    await expect(verdict).toContainText(t.failures.typ)
    await widget.getByRole('radio', { name: t.recipients.client }).tap()
    await expect(widget.locator('[data-island="recipients"]')).toHaveAttribute('data-live', '')
    await expect(widget.getByRole('radio', { name: t.recipients.client })).toBeChecked()
    await expect(verdict).toContainText(t.accepted)
    await expect(verdict).toContainText(t.acceptedBecause)
  })
})
