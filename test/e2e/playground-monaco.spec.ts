import { expect, test, type Page } from './support/test'
import vectors from '../fixtures/vectors/rfc7515-appendix-a.json'

// RFC 7515 Appendix A.3: an ES256 token and its public key, pasted as a JWK.
const a3 = vectors.vectors.find((v) => v.id === 'A.3')!
const { kty, crv, x, y } = a3.jwk as { kty: string; crv: string; x: string; y: string }
const A3_TOKEN = a3.compact
const A3_PUBLIC = JSON.stringify({ kty, crv, x, y })

const LANGUAGES = [
  {
    locale: 'en',
    input: 'Token, or text that contains one',
    alg: 'Algorithm',
    key: 'Public key to verify',
  },
  { locale: 'zh-CN', input: '令牌，或包含令牌的文本', alg: '算法', key: '用于验证的公钥' },
] as const

/**
 * A reader who starts at once: paste a token, pick the algorithm and paste its key while Monaco
 * is still arriving, then wait until both editors are up and the page is quiet. The test's page
 * fixture fails on any page error or console error, in any visit.
 */
async function fastVisit(page: Page, language: (typeof LANGUAGES)[number]) {
  await page.goto(`/${language.locale}/playground`)
  // Hydrated: the example is verified in the browser. Nothing has moved yet, so Monaco starts
  // loading with the first keystroke below.
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'verified')
  await page.getByLabel(language.input).fill(A3_TOKEN)
  await page.getByLabel(language.alg, { exact: true }).selectOption('ES256')
  await page.getByLabel(language.key).fill(A3_PUBLIC)
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'verified')
  await expect(page.getByTestId('pane-header')).toHaveAttribute('data-editor', 'monaco')
  await expect(page.getByTestId('pane-payload')).toHaveAttribute('data-editor', 'monaco')
  await page.waitForLoadState('networkidle')
  // Text with no token takes the editors away; the token again brings new ones, created after
  // every part of Monaco has arrived.
  await page.getByLabel(language.input).fill('not a token')
  await expect(page.getByTestId('monaco-payload.json')).toHaveCount(0)
  await page.getByLabel(language.input).fill(A3_TOKEN)
  await expect(page.getByTestId('monaco-payload.json').locator('.view-lines')).toBeVisible()
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'verified')
  // Hovering and focusing reach the editors' contributions (hover, suggest, code lens, drop).
  await page.getByTestId('pane-payload').locator('.view-lines').hover()
  await page.getByTestId('pane-payload').locator('.view-lines').click()
  await page.keyboard.press('Escape')
}

test.describe('Monaco throws nothing', () => {
  for (const language of LANGUAGES) {
    test(`several fast visits in ${language.locale}: paste a token, pick an algorithm, paste a key`, async ({
      page,
    }) => {
      for (let visit = 0; visit < 4; visit++) await fastVisit(page, language)
    })
  }
})
