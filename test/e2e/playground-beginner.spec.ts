import { expect, test, watchErrors, type Page } from './support/test'
import { verdict } from './support/playground'

// The playground as a first-time learner meets it (issue 16, items 1–3 and 6).

const LANGUAGES = [
  {
    locale: 'en',
    input: 'Token, or text that contains one',
    valid: 'Valid, expires',
    expired: 'Expired',
    loadExpired: 'Load an expired example',
  },
  {
    locale: 'zh-CN',
    input: '令牌，或包含令牌的文本',
    valid: '有效，',
    expired: '已过期',
    loadExpired: '载入一个已过期的示例',
  },
] as const
const EN = LANGUAGES[0]

const payloadOf = (token: string) =>
  Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')

/** Opens the playground, hydrated (the example verified), with Monaco up in both editors. */
async function openWithEditors(page: Page, locale = 'en') {
  await page.goto(`/${locale}/playground`)
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'verified')
  await page.mouse.move(200, 200)
  await expect(page.getByTestId('pane-header')).toHaveAttribute('data-editor', 'monaco')
  await expect(page.getByTestId('pane-payload')).toHaveAttribute('data-editor', 'monaco')
}

const focusIn = (page: Page, testId: string) =>
  page.evaluate((id) => document.activeElement?.closest(`[data-testid="${id}"]`) !== null, testId)

test.describe('playground for a beginner', () => {
  test('Decode and verify keeps the token just signed; only “Back to the pasted token” reverts', async ({
    page,
  }) => {
    await page.goto('/en/playground')
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'verified')
    const input = page.getByLabel(EN.input)
    const example = await input.inputValue()
    await page.getByLabel('Algorithm').selectOption('ES256')
    await page.getByRole('button', { name: 'Generate a key pair (ES256)' }).click()
    await expect(page.getByTestId('generated-pair')).toContainText('BEGIN PUBLIC KEY')
    await page.getByRole('radio', { name: 'Edit and sign' }).check({ force: true })
    await expect(verdict(page)).toContainText('Signed here with your key')
    const signed = await input.inputValue()
    expect(signed).not.toBe(example)

    await page.getByRole('radio', { name: 'Decode and verify' }).check({ force: true })
    await expect(page.getByRole('radio', { name: 'Decode and verify' })).toBeChecked()
    await expect(input).toHaveValue(signed)
    await expect(page.getByLabel('Algorithm')).toHaveValue('ES256')
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'verified')

    await page.getByRole('button', { name: 'Back to the pasted token' }).click()
    await expect(input).toHaveValue(example)
  })

  test('in Decode mode, Tab in the header editor moves on to the payload editor and changes nothing', async ({
    page,
  }) => {
    await openWithEditors(page)
    const input = page.getByLabel(EN.input)
    const before = await input.inputValue()
    await page.getByTestId('monaco-header.json').locator('.view-lines').click()
    await page.keyboard.press('Tab')
    expect(await focusIn(page, 'monaco-payload.json')).toBe(true)
    await expect(page.getByRole('radio', { name: 'Decode and verify' })).toBeChecked()
    await expect(input).toHaveValue(before)

    // Esc, then Tab, from the header editor: the payload editor is next, not skipped.
    await page.getByTestId('monaco-header.json').locator('.view-lines').click()
    await page.keyboard.press('Escape')
    await page.keyboard.press('Tab')
    expect(await focusIn(page, 'monaco-payload.json')).toBe(true)
    await expect(input).toHaveValue(before)
  })

  test('the editor shows the site’s 2 px focus outline', async ({ page }) => {
    await openWithEditors(page)
    await page.getByTestId('monaco-header.json').locator('.view-lines').click()
    const outline = await page
      .getByTestId('monaco-header.json')
      .evaluate((el) => [getComputedStyle(el).outlineStyle, getComputedStyle(el).outlineWidth])
    expect(outline).toEqual(['solid', '2px'])
  })

  for (const language of LANGUAGES) {
    test(`the token input comes first, in tab order and at 360 px (${language.locale})`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
      const page = await context.newPage()
      const errors = watchErrors(page)
      await page.goto(`/${language.locale}/playground`)
      await expect(verdict(page)).toHaveAttribute('data-verdict', 'verified')
      await page.getByRole('heading', { level: 1 }).click()
      await page.keyboard.press('Tab')
      await expect(page.getByLabel(language.input)).toBeFocused()
      const input = (await page.getByLabel(language.input).boundingBox())!
      const card = (await verdict(page).boundingBox())!
      // On the first screen, above the verdict.
      expect(input.y + input.height).toBeLessThanOrEqual(740)
      expect(input.y).toBeLessThan(card.y)
      errors.check()
      await context.close()
    })

    test(`opens on a token valid now, with an expired one a click away (${language.locale})`, async ({
      page,
    }) => {
      await page.goto(`/${language.locale}/playground`)
      await expect(verdict(page)).toHaveAttribute('data-verdict', 'verified')
      await expect(page.getByTestId('claims-state')).toContainText(language.valid)
      await page.getByRole('button', { name: language.loadExpired }).click()
      await expect(verdict(page)).toHaveAttribute('data-verdict', 'verified')
      await expect(page.getByTestId('claims-state')).toContainText(language.expired)
    })
  }

  test('a tap lights up a claim’s bytes and a second tap or a tap elsewhere turns it off', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      hasTouch: true,
      isMobile: true,
      viewport: { width: 360, height: 740 },
    })
    const page = await context.newPage()
    const errors = watchErrors(page)
    await page.goto('/en/playground')
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'verified')
    const highlight = page.getByTestId('token-highlight')
    const claim = page.getByTestId('claims-table').getByRole('button', { name: 'Show “name”' })
    await claim.tap()
    await expect(highlight).toBeVisible()
    await expect(claim).toHaveAttribute('aria-pressed', 'true')
    await claim.tap()
    await expect(highlight).toHaveCount(0)
    await claim.tap()
    await expect(highlight).toBeVisible()
    await page.getByRole('heading', { level: 1 }).tap()
    await expect(highlight).toHaveCount(0)

    // In the editor too: a tap on a key lights it up, a tap elsewhere turns it off.
    await expect(page.getByTestId('pane-payload')).toHaveAttribute('data-editor', 'monaco')
    await page
      .getByTestId('monaco-payload.json')
      .locator('.view-line')
      .filter({ hasText: '"name"' })
      .tap()
    await expect(highlight).toBeVisible()
    await page.getByRole('heading', { level: 1 }).tap()
    await expect(highlight).toHaveCount(0)
    errors.check()
    await context.close()
  })

  test('typing a whole JSON object in the editor gives exactly what was typed', async ({
    page,
  }) => {
    await openWithEditors(page)
    await page.getByRole('radio', { name: 'Edit and sign' }).check({ force: true })
    await page.getByTestId('monaco-payload.json').locator('.view-lines').click()
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('{"sub":"42","name":"Ada"}')
    await expect(verdict(page)).toContainText('Signed here with your key')
    await expect
      .poll(async () => payloadOf(await page.getByLabel(EN.input).inputValue()))
      .toBe('{"sub":"42","name":"Ada"}')
  })

  test('in dark mode the code sample sits in its own box, with syntax colours', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('/en/playground')
    await expect(page.locator('html')).toHaveClass(/dark/)
    const panel = page.getByTestId('code-snippets').getByRole('tabpanel')
    const colours = await panel.evaluate((el) => {
      const page = getComputedStyle(document.body).backgroundColor
      const box = getComputedStyle(el)
      const text = new Set(
        [...el.querySelectorAll('code *')].map((span) => getComputedStyle(span).color),
      )
      return {
        distinct: box.backgroundColor !== page || box.borderStyle !== 'none',
        colours: text.size,
      }
    })
    expect(colours.distinct).toBe(true)
    expect(colours.colours).toBeGreaterThanOrEqual(3)
  })
})
