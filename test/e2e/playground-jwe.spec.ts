import { expect, test, type Page } from './support/test'
import { openPlayground } from './support/playground'
import dirVector from '../fixtures/vectors/jose-cookbook/jwe/5_6.direct_encryption_using_aes-gcm.json'
import rsa15Vector from '../fixtures/vectors/jose-cookbook/jwe/5_1.key_encryption_using_rsa_v15_and_aes-hmac-sha2.json'
import ecdhVector from '../fixtures/vectors/jose-cookbook/jwe/5_4.key_agreement_with_key_wrapping_using_ecdh-es_and_aes-keywrap_with_aes-gcm.json'

// RFC 7520 5.6: dir + A128GCM, the cookbook's 16-byte key given as base64url.
const DIR_TOKEN = dirVector.output.compact
const DIR_KEY = dirVector.input.key.k
const PLAINTEXT_START = 'You can trust us to stick with you'

const tokenInput = (page: Page, locale: 'en' | 'zh-CN' = 'en') =>
  page.getByLabel(locale === 'en' ? 'Token, or text that contains one' : /令牌/).first()
const jweKey = (page: Page) => page.getByTestId('jwe-key').getByRole('textbox')
const view = (page: Page) => page.getByTestId('jwe-view')

test.describe('JWE in the playground', () => {
  test('an RFC 7520 JWE: header explained, five parts with their lengths, decrypted with the cookbook key', async ({
    page,
  }) => {
    await openPlayground(page, '/en/playground')
    await tokenInput(page).fill(DIR_TOKEN)
    await expect(view(page).getByRole('heading', { name: 'Encrypted token (JWE)' })).toBeVisible()
    await expect(view(page)).toContainText('Anyone can read the protected header')
    await expect(page.getByTestId('jwe-param-alg')).toContainText('dir')
    await expect(page.getByTestId('jwe-param-alg')).toContainText('Key management')
    await expect(page.getByTestId('jwe-param-enc')).toContainText('A128GCM')
    await expect(page.getByTestId('jwe-param-kid')).toContainText("Which of the recipient's keys")
    await expect(page.getByTestId('jwe-part-encryptedKey')).toContainText('empty')
    await expect(page.getByTestId('jwe-part-iv')).toContainText('12 bytes')
    await expect(page.getByTestId('jwe-part-tag')).toContainText('16 bytes')
    // The token view colours the five parts.
    await expect(page.getByTestId('token-view').locator('[data-part]')).toHaveCount(5)
    await expect(view(page)).toContainText('Give the decryption key')

    await jweKey(page).fill('sixteen bytes!!!')
    await page.getByTestId('jwe-key').getByRole('radio', { name: 'UTF-8 text' }).check()
    await expect(view(page).getByTestId('jwe-problem')).toContainText(
      'Either this is the wrong key, or the token was changed',
    )
    await page.getByTestId('jwe-key').getByRole('radio', { name: 'base64url' }).check()
    await jweKey(page).fill(DIR_KEY)
    await expect(page.getByTestId('jwe-plaintext')).toContainText(PLAINTEXT_START)
    await expect(view(page)).toContainText('Decrypted with dir and A128GCM')
    // No JWS inside: the code section points to the encrypt form's code, not to jwt.verify.
    const code = page.getByTestId('code-snippets')
    await expect(code.getByTestId('code-jwe-note')).toContainText('jwcrypto')
    await expect(code).not.toContainText('jwt.verify')
  })

  test('RSA1_5 is refused with its teaching note; a wrong-size key is named', async ({ page }) => {
    await openPlayground(page, '/en/playground')
    await tokenInput(page).fill(rsa15Vector.output.compact)
    const problem = page.getByTestId('jwe-problem')
    await expect(problem).toHaveAttribute('data-code', 'ERR_JWE_ALG_REFUSED')
    await expect(problem).toContainText("Bleichenbacher's attack")
    await expect(problem).toContainText('RSA-OAEP-256')
    await expect(jweKey(page)).toBeDisabled()

    await tokenInput(page).fill(DIR_TOKEN)
    await page.getByTestId('jwe-key').getByRole('radio', { name: 'UTF-8 text' }).check()
    await jweKey(page).fill('too short')
    await expect(page.getByTestId('jwe-key')).toContainText('needs a key of exactly 16 bytes')
  })

  test('encrypt the signed example as a nested JWT, decrypt it here, and verify the JWS inside', async ({
    page,
  }) => {
    await openPlayground(page, '/en/playground')
    const form = page.getByTestId('jwe-encrypt')
    await form.getByRole('radio', { name: 'The signed token (nested, cty: JWT)' }).check()
    await form.getByLabel('Key management (alg)').selectOption('A256KW')
    await form.getByRole('button', { name: 'Generate a key for A256KW' }).click()
    await expect(form.getByTestId('jwe-generated')).toContainText('32-byte secret')
    await form.getByRole('button', { name: 'Encrypt', exact: true }).click()
    await expect(form.getByTestId('jwe-made')).toContainText('eyJ')
    await form.getByRole('button', { name: 'Decrypt it here' }).click()

    await expect(view(page)).toContainText('Decrypted with A256KW and A256GCM')
    await expect(page.getByTestId('jwe-param-cty')).toContainText('JWT')
    await expect(
      view(page).getByRole('heading', { name: 'A signed token inside (nested JWT)' }),
    ).toBeVisible()
    // The example's secret is still in the key panel: the inner HS256 signature verifies.
    const inner = view(page).getByTestId('verdict')
    await expect(inner).toHaveAttribute('data-verdict', 'verified')
    await expect(inner).toContainText('Signature verified')
    // With a signed token inside, the code section verifies that one.
    await expect(page.getByTestId('code-jwe-note')).toHaveCount(0)
    await expect(page.getByTestId('code-snippets')).toContainText('jwt.verify')
    // A wrong secret in the same panel makes the inner signature fail, in the same view.
    await page.getByLabel('Secret', { exact: true }).fill('not the secret at all, but long enough')
    await expect(inner).toHaveAttribute('data-verdict', 'invalid')
  })

  test('encrypt the payload with a new RSA-OAEP-256 key pair and decrypt it with the private key', async ({
    page,
  }) => {
    await openPlayground(page, '/en/playground')
    const form = page.getByTestId('jwe-encrypt')
    await form.getByLabel('Key management (alg)').selectOption('RSA-OAEP-256')
    await form.getByLabel('Content encryption (enc)').selectOption('A128CBC-HS256')
    await form.getByRole('button', { name: 'Generate a key for RSA-OAEP-256' }).click()
    await expect(form.getByTestId('jwe-generated')).toContainText('new key pair')
    await expect(form.getByLabel('Key that encrypts')).toHaveValue(/BEGIN PUBLIC KEY/)
    await form.getByRole('button', { name: 'Encrypt', exact: true }).click()
    await form.getByRole('button', { name: 'Decrypt it here' }).click()
    await expect(jweKey(page)).toHaveValue(/BEGIN PRIVATE KEY/)
    await expect(view(page)).toContainText('Decrypted with RSA-OAEP-256 and A128CBC-HS256')
    await expect(page.getByTestId('jwe-plaintext')).toContainText('"sub"')
    await expect(form.getByText('new CompactEncrypt(').first()).toBeAttached()
  })

  test('in Chinese: the same JWE, explained and decrypted', async ({ page }) => {
    await openPlayground(page, '/zh-CN/playground')
    await tokenInput(page, 'zh-CN').fill(ecdhVector.output.compact)
    await expect(view(page).getByRole('heading', { name: '加密令牌（JWE）' })).toBeVisible()
    await expect(view(page)).toContainText('受保护的头部谁都能读')
    await expect(page.getByTestId('jwe-param-epk')).toContainText('临时公钥')
    await expect(page.getByTestId('jwe-key')).toContainText('P-384')
    await jweKey(page).fill(JSON.stringify(ecdhVector.input.key))
    await expect(view(page)).toContainText('已用 ECDH-ES+A128KW 和 A128GCM 解密')
    await expect(page.getByTestId('jwe-plaintext')).toContainText(PLAINTEXT_START)

    await tokenInput(page, 'zh-CN').fill(rsa15Vector.output.compact)
    await expect(page.getByTestId('jwe-problem')).toContainText('Bleichenbacher 攻击')
  })

  test('keyboard only: paste and decrypt with Tab and typing', async ({ page }) => {
    await openPlayground(page, '/en/playground')
    const focusedIs = (locator: ReturnType<typeof tokenInput>) =>
      locator.evaluate((el) => el === document.activeElement)
    for (let i = 0; i < 40 && !(await focusedIs(tokenInput(page))); i++)
      await page.keyboard.press('Tab')
    expect(await focusedIs(tokenInput(page))).toBe(true)
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.insertText(DIR_TOKEN)
    await expect(view(page)).toBeVisible()
    for (let i = 0; i < 40 && !(await focusedIs(jweKey(page))); i++)
      await page.keyboard.press('Tab')
    expect(await focusedIs(jweKey(page))).toBe(true)
    await page.keyboard.insertText(DIR_KEY)
    await expect(page.getByTestId('jwe-plaintext')).toContainText(PLAINTEXT_START)
  })

  test.describe('on a 360 px phone', () => {
    test.use({ viewport: { width: 360, height: 780 } })
    test('the JWE view fits, and the refusal is readable', async ({ page }) => {
      await openPlayground(page, '/en/playground')
      await tokenInput(page).fill(DIR_TOKEN)
      await jweKey(page).fill(DIR_KEY)
      await expect(page.getByTestId('jwe-plaintext')).toContainText(PLAINTEXT_START)
      await tokenInput(page).fill(rsa15Vector.output.compact)
      await expect(page.getByTestId('jwe-problem'))
        .toBeInViewport({ ratio: 0 })
        .catch(() => {})
      await expect(page.getByTestId('jwe-problem')).toContainText('Bleichenbacher')
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
    })
  })
})
