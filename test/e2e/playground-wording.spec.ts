import { expect, test } from './support/test'
import { verdict } from './support/playground'
import vectors from '../fixtures/vectors/rfc7515-appendix-a.json'

// What the playground says, in both languages (issue 16, item 5).

const a3 = vectors.vectors.find((v) => v.id === 'A.3')!
const { kty, crv, x, y } = a3.jwk as { kty: string; crv: string; x: string; y: string }
const ES256_TOKEN = a3.compact
const ES256_PUBLIC_JWK = JSON.stringify({ kty, crv, x, y })
const OCT_JWK = JSON.stringify({ kty: 'oct', k: 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA' })

const LANGUAGES = [
  {
    locale: 'en',
    input: 'Token, or text that contains one',
    clear: 'Clear everything',
    alg: 'Algorithm',
    publicKey: 'Public key to verify',
    minusDay: '−1 day',
    editMode: 'Edit and sign',
    says: {
      empty: 'Paste a token into the token box.',
      noDash: 'The token',
      behind: '1 day behind the real time',
      mismatch: ['needs an EC (elliptic-curve) key', 'this is a secret (oct) key', 'Paste'],
      shared: 'Found a 3-part token in the shared link.',
      sharedNotice: 'Add the public key to verify it.',
      fragment: 'Found a 3-part token in a URL fragment (id_token).',
      jsonError: 'The Payload is not valid JSON at line',
      verifiedJwk: 'checked with the JWK you gave',
    },
    never: { verdict: 'above', clock: ' ago', found: 'pasted text' },
  },
  {
    locale: 'zh-CN',
    input: '令牌，或包含令牌的文本',
    clear: '全部清空',
    alg: '算法',
    publicKey: '用于验证的公钥',
    minusDay: '−1 天',
    editMode: '编辑并签名',
    says: {
      empty: '把令牌粘贴到令牌输入框里。',
      noDash: '令牌',
      behind: '比真实时间早 1 天',
      mismatch: ['需要 EC（椭圆曲线）密钥', '这是一个对称密钥（secret，oct）', '请改为粘贴'],
      shared: '在分享链接中找到一个 3 段的令牌。',
      sharedNotice: '填入公钥即可验证。',
      fragment: '在一个 URL 的 # 片段（id_token）中找到一个 3 段的令牌。',
      jsonError: '载荷 Payload 在第 ',
      verifiedJwk: '使用你提供的 JWK 验证',
    },
    never: { verdict: '上面', clock: '天前', found: '粘贴的内容' },
  },
] as const

for (const l of LANGUAGES) {
  test.describe(`playground wording (${l.locale})`, () => {
    test('with no token: where to paste it, and no dash for a missing alg', async ({ page }) => {
      await page.goto(`/${l.locale}/playground`)
      await expect(verdict(page)).toHaveAttribute('data-verdict', 'verified')
      await page.getByRole('button', { name: l.clear }).click()
      await expect(verdict(page)).toContainText(l.says.empty)
      await expect(page.getByTestId('key-panel')).not.toContainText('—')
      await expect(verdict(page)).not.toContainText(l.never.verdict)
    })

    test('a moved clock says how far, not "ago"', async ({ page }) => {
      await page.goto(`/${l.locale}/playground`)
      await expect(verdict(page)).toHaveAttribute('data-verdict', 'verified')
      await page.getByRole('button', { name: l.minusDay, exact: true }).click()
      const claims = page.getByTestId('claims-state')
      await expect(claims).toContainText(l.says.behind)
      await expect(claims).not.toContainText(l.never.clock)
    })

    test('a key of the wrong type says what it is and what to paste instead', async ({ page }) => {
      await page.goto(`/${l.locale}/playground`)
      await expect(verdict(page)).toHaveAttribute('data-verdict', 'verified')
      await page.getByLabel(l.input).fill(ES256_TOKEN)
      await page.getByLabel(l.alg, { exact: true }).selectOption('ES256')
      await page.getByLabel(l.publicKey).fill(OCT_JWK)
      const panel = page.getByTestId('key-panel')
      for (const part of l.says.mismatch) await expect(panel).toContainText(part)
    })

    test('a shared link: where the token came from, and which key it needs', async ({ page }) => {
      await page.goto(`/${l.locale}/playground#token=${ES256_TOKEN}`)
      await expect(page.getByTestId('found')).toHaveText(l.says.shared)
      await expect(page.getByText(l.says.sharedNotice)).toBeVisible()
      await expect(page.getByTestId('found')).not.toContainText(l.never.found)
    })

    test('spacing and brackets around names, segments and key kinds', async ({ page }) => {
      await page.goto(`/${l.locale}/playground`)
      await expect(verdict(page)).toHaveAttribute('data-verdict', 'verified')
      await page.getByLabel(l.input).fill(`https://example.com/cb#id_token=${ES256_TOKEN}`)
      await expect(page.getByTestId('found')).toHaveText(l.says.fragment)

      await page.getByLabel(l.input).fill(ES256_TOKEN)
      await page.getByLabel(l.alg, { exact: true }).selectOption('ES256')
      await page.getByLabel(l.publicKey).fill(ES256_PUBLIC_JWK)
      await expect(verdict(page)).toHaveAttribute('data-verdict', 'verified')
      await expect(verdict(page)).toContainText(l.says.verifiedJwk)

      await page.mouse.move(200, 200)
      await expect(page.getByTestId('pane-payload')).toHaveAttribute('data-editor', 'monaco')
      await page.getByRole('radio', { name: l.editMode }).check({ force: true })
      await page.getByTestId('pane-payload').locator('.view-lines').click()
      await page.keyboard.press('ControlOrMeta+End')
      await page.keyboard.type(' x')
      await expect(verdict(page)).toContainText(l.says.jsonError)
    })
  })
}
