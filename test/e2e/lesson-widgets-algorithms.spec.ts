/**
 * The algorithms-and-keys lesson's widget measures every algorithm in the reader's browser: the
 * table fills with sizes and times, and Cancel stops a run midway while the page responds.
 */
import en from '../../content/messages/en.json'
import zh from '../../content/messages/zh-CN.json'
import { expect, test, type Page } from './support/test'

test.use({ serviceWorkers: 'block' })

async function open(page: Page, locale: 'en' | 'zh-CN') {
  await page.goto(`/${locale}/learn/algorithms-and-keys`)
  const widget = page.getByTestId('algorithm-bench')
  await widget.scrollIntoViewIfNeeded()
  await expect(widget.locator('[data-island="algorithms"]')).toHaveAttribute('data-live', '')
  return widget
}

const row = (widget: ReturnType<Page['getByTestId']>, alg: string) =>
  widget.locator(`tr[data-alg="${alg}"]`)

test('keyboard: one press measures all five algorithms, in English', async ({ page }) => {
  test.setTimeout(120_000)
  const t = en.Lessons.algorithmBench
  const widget = await open(page, 'en')
  await widget.getByRole('button', { name: t.run }).focus()
  await page.keyboard.press('Enter')
  await expect(widget.getByRole('status')).toContainText('Done', { timeout: 90_000 })
  // Signature sizes as RFC 7518 and RFC 8037 fix them: HMAC-SHA-256, RSA 2048, P-256, Ed25519.
  const signatures = { HS256: '32', RS256: '256', PS256: '256', ES256: '64', Ed25519: '64' }
  for (const [alg, bytes] of Object.entries(signatures)) {
    const cells = row(widget, alg).locator('td')
    const signatureCell = alg === 'HS256' ? 1 : 2
    await expect(cells.nth(signatureCell)).toHaveText(bytes)
    // Key generation, sign and verify: a number of milliseconds above zero, even for HMAC's
    // microseconds under the browser's coarse clock.
    for (const index of [-1, -2, -3]) {
      const text = (await cells.nth(index).textContent()) ?? ''
      expect(text).toMatch(/^[\d.,]+$/)
      expect(Number(text.replaceAll(',', ''))).toBeGreaterThan(0)
    }
  }
  await expect(row(widget, 'HS256')).toContainText(t.secretOnly.replace('{bytes}', '32'))
  // An RSA public key is far larger than an Ed25519 one.
  const pem = async (alg: string) =>
    Number((await row(widget, alg).locator('td').nth(1).textContent())?.replace(/\D/g, ''))
  expect(await pem('RS256')).toBeGreaterThan(3 * (await pem('Ed25519')))
  await expect(widget.getByRole('button', { name: t.runAgain })).toBeFocused()
})

test.describe('touch, 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true })

  test('in Chinese: Cancel stops the run midway and keeps the rows measured', async ({ page }) => {
    test.setTimeout(120_000)
    const t = zh.Lessons.algorithmBench
    const widget = await open(page, 'zh-CN')
    await widget.getByRole('button', { name: t.run }).tap()
    // Wait until HS256 is measured and RSA is under way, then cancel.
    await expect(row(widget, 'HS256').locator('td').nth(1)).toHaveText('32', { timeout: 60_000 })
    await widget.getByRole('button', { name: t.cancel }).tap()
    await expect(widget.getByRole('status')).toHaveText(t.cancelled, { timeout: 60_000 })
    await expect(row(widget, 'Ed25519').locator('td').nth(2)).toHaveText('—')
    await expect(row(widget, 'HS256').locator('td').nth(1)).toHaveText('32')
  })
})
