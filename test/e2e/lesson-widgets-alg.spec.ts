/**
 * The header lesson's <AlgVerifiers>: the reader changes alg, typ and kid, and a naive and a
 * strict verifier, both running in the page, accept or reject with their reasons.
 */
import type { Locator } from '@playwright/test'
import { expect, test, type Page } from './support/test'

test.use({ serviceWorkers: 'block' })

const LOCALES = [
  {
    locale: 'en',
    none: /none: the signature removed/,
    hs256: /HS256: re-signed by you/,
    es256: /ES256: the header the server signed/,
    accepted: 'Accepted',
    rejected: 'Rejected',
    naiveNone: 'so it skipped the signature check',
    strictNone: 'it has no signature, and anyone could have written it',
    naiveHmac: "used the public key's text as an HMAC secret, and that signature matches",
    strictHmac: 'The token uses HS256, which is not in the list of algorithms you allow',
    naiveEcdsaBad: 'the header changed after the server signed it',
    strictKid: 'No key of its own is called "other-key"',
    disagree: 'They disagree',
    agree: 'Both give the same answer.',
    lab: 'alg: none',
  },
  {
    locale: 'zh-CN',
    none: /none：去掉签名/,
    hs256: /HS256：由你重新签名/,
    es256: /ES256：服务器签名时的头部/,
    accepted: '通过',
    rejected: '拒绝',
    naiveNone: '于是它直接跳过了签名校验',
    strictNone: '它根本没有签名，谁都可以伪造',
    naiveHmac: '把公钥文本当作 HMAC 密钥来校验签名，签名对上了',
    strictHmac: '令牌使用的是 HS256，不在你允许的算法列表',
    naiveEcdsaBad: '服务器签名之后，头部被改过了',
    strictKid: '它自己的密钥里没有叫“other-key”的',
    disagree: '两者结论不同',
    agree: '两者给出的结论一样。',
    lab: 'alg: none',
  },
] as const

async function openWidget(page: Page, locale: string) {
  await page.goto(`/${locale}/learn/header`)
  const widget = page.getByTestId('alg-verifiers')
  await widget.scrollIntoViewIfNeeded()
  await expect(widget.locator('[data-island="algVerifiers"]')).toHaveAttribute('data-live', '')
  return widget
}

async function expectVerdict(card: Locator, verdict: string, reason: string) {
  await expect(card).toContainText(verdict)
  await expect(card).toContainText(reason)
}

for (const l of LOCALES) {
  test(`${l.locale}: none and HS256 fool the naive verifier, never the strict one`, async ({
    page,
  }) => {
    const widget = await openWidget(page, l.locale)
    const naive = widget.getByTestId('naive-verdict')
    const strict = widget.getByTestId('strict-verdict')
    const token = widget.getByTestId('token')
    // The server's own token: both accept.
    await expect(naive).toContainText(l.accepted)
    await expect(strict).toContainText(l.accepted)
    await expect(widget.getByRole('status')).toContainText(l.agree)
    const signed = (await token.textContent())!

    // Keyboard: focus the checked radio and move to the next ones with the arrow keys.
    await widget.getByRole('radio', { name: l.es256 }).focus()
    await page.keyboard.press('ArrowDown')
    await expect(widget.getByRole('radio', { name: l.hs256 })).toBeChecked()
    await expectVerdict(naive, l.accepted, l.naiveHmac)
    await expectVerdict(strict, l.rejected, l.strictHmac)
    await expect(widget.getByRole('status')).toContainText(l.disagree)
    const hs256 = (await token.textContent())!
    expect(hs256.split('.')[1]).toBe(signed.split('.')[1])
    expect(hs256.split('.')[2]).not.toBe(signed.split('.')[2])

    await page.keyboard.press('ArrowDown')
    await expect(widget.getByRole('radio', { name: l.none })).toBeChecked()
    await expectVerdict(naive, l.accepted, l.naiveNone)
    await expectVerdict(strict, l.rejected, l.strictNone)
    await expect(token).toHaveText(/\.$/)
    await expect(widget.getByRole('link', { name: l.lab })).toHaveAttribute(
      'href',
      `/${l.locale}/labs/alg-none`,
    )
  })
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true })

  test('en: another kid breaks the server signature for both, each with its own reason', async ({
    page,
  }) => {
    const widget = await openWidget(page, 'en')
    const kid = widget.getByRole('textbox', { name: 'kid' })
    await kid.tap()
    await kid.fill('other-key')
    await expectVerdict(widget.getByTestId('naive-verdict'), 'Rejected', LOCALES[0].naiveEcdsaBad)
    await expectVerdict(widget.getByTestId('strict-verdict'), 'Rejected', LOCALES[0].strictKid)
    await widget.getByRole('radio', { name: LOCALES[0].none }).tap()
    await expect(widget.getByTestId('naive-verdict')).toContainText('Accepted')
    const box = (await widget.boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(360)
  })

  test('zh-CN: the kid check names the missing key', async ({ page }) => {
    const widget = await openWidget(page, 'zh-CN')
    await widget.getByRole('textbox', { name: 'kid' }).fill('other-key')
    await expectVerdict(widget.getByTestId('strict-verdict'), '拒绝', LOCALES[1].strictKid)
  })
})
