import { expect, test } from './support/test'

test.describe('lessons', () => {
  test('a lesson renders in both languages with its TOC, reading time and highlighted code', async ({
    page,
  }) => {
    for (const [locale, title, toc, reading] of [
      ['en', 'The header', 'On this page', /Reading time: \d+ min/],
      ['zh-CN', '头部（header）', '本页内容', /阅读时间：\d+ 分钟/],
    ] as const) {
      const response = await page.goto(`/${locale}/learn/header`)
      expect(response?.status()).toBe(200)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
      await expect(page.getByText(reading).first()).toBeVisible()
      const nav = page.getByRole('navigation', { name: toc })
      await expect(nav.getByRole('link').first()).toHaveAttribute('href', '#what-the-header-says')
      await expect(page.locator('h2#alg-not-trusted')).toBeVisible()
      // Highlighted at build time: coloured spans, no highlighter in the page.
      await expect(page.locator('pre.shiki span[style*="--shiki-dark"]').first()).toBeAttached()
      // Internal links get the locale prefix.
      await expect(
        page.locator(`a[href="/${locale}/learn/algorithms-and-keys"]`).first(),
      ).toBeAttached()
    }
  })

  test('an unknown lesson is the translated 404', async ({ page }) => {
    const response = await page.goto('/zh-CN/learn/no-such-lesson')
    expect(response?.status()).toBe(404)
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  })

  test('answering the quiz shows feedback, and the index shows the progress', async ({ page }) => {
    await page.goto('/en/learn/what-is-a-jwt')
    const quiz = page.getByTestId('quiz')
    const first = quiz.getByRole('radiogroup').nth(0)
    await first.getByRole('radio').nth(0).check()
    await expect(first).toContainText('Not quite.')
    const answers = [1, 2, 0]
    for (const [index, answer] of answers.entries())
      await quiz.getByRole('radiogroup').nth(index).getByRole('radio').nth(answer).check()
    await expect(first).toContainText('Correct.')
    await expect(quiz.getByRole('status')).toContainText('3 of 3 answered correctly')
    await expect(quiz.getByRole('status')).toContainText('Quiz passed')
    // Reaching the end of the lesson marks it read.
    await page.getByRole('navigation', { name: 'Lesson navigation' }).scrollIntoViewIfNeeded()
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('jwt-playground:lessons:v1')))
      .toContain('"read":["what-is-a-jwt"]')

    await page.goto('/en/learn')
    await expect(page.getByTestId('progress-summary')).toContainText('1 of')
    await expect(page.getByTestId('progress-summary')).toContainText('lessons read')
    await expect(page.getByTestId('status-what-is-a-jwt')).toContainText('Read')
    await expect(page.getByTestId('status-what-is-a-jwt')).toContainText('Quiz passed')
    await expect(page.getByTestId('status-header')).toBeEmpty()

    // Same browser storage, other language: the progress is shown there too.
    await page.goto('/zh-CN/learn')
    await expect(page.getByTestId('status-what-is-a-jwt')).toContainText('测验已通过')
  })

  test('the tamper widget fails verification and the payload editor re-signs', async ({ page }) => {
    await page.goto('/en/learn/signature')
    const tamper = page.getByTestId('tamper-demo')
    await expect(tamper.getByRole('status')).toContainText('Signature verified')
    await tamper.getByRole('switch', { name: 'Tamper with the payload' }).click()
    await expect(tamper.getByRole('status')).toContainText('verification fails')

    await page.goto('/zh-CN/learn/payload')
    const editor = page.getByTestId('payload-editor')
    const token = editor.getByRole('group', { name: '令牌' })
    const before = await token.textContent()
    const signature = (text: string | null) => text?.split('.')[2]
    await editor.getByRole('textbox').fill('{"sub":"43","name":"Ada","role":"admin"}')
    await expect(token).not.toHaveText(before ?? '')
    expect(signature(await token.textContent())).not.toBe(signature(before))
    await expect(editor.getByRole('status')).toHaveText('载荷一变，签名也跟着变了。')
  })

  test('the claim timeline moves from valid to expired', async ({ page }) => {
    await page.goto('/en/learn/payload')
    const timeline = page.getByTestId('claim-timeline')
    await expect(timeline.getByRole('status')).toContainText('Valid')
    await timeline.getByRole('slider').focus()
    await page.keyboard.press('End')
    await expect(timeline.getByRole('status')).toContainText('Expired')
  })

  test('previous and next links walk the course in order', async ({ page }) => {
    await page.goto('/en/learn/header')
    const nav = page.getByRole('navigation', { name: 'Lesson navigation' })
    await nav.getByRole('link', { name: /Next/ }).click()
    await expect(page).toHaveURL(/\/en\/learn\/payload$/)
    await page
      .getByRole('navigation', { name: 'Lesson navigation' })
      .getByRole('link', { name: /Previous/ })
      .click()
    await expect(page).toHaveURL(/\/en\/learn\/header$/)
    await page
      .getByRole('navigation', { name: 'Lesson navigation' })
      .getByRole('link', { name: /Previous/ })
      .click()
    await expect(page).toHaveURL(/\/en\/learn\/what-is-a-jwt$/)
    await expect(
      page
        .getByRole('navigation', { name: 'Lesson navigation' })
        .getByRole('link', { name: /Previous/ }),
    ).toHaveCount(0)
  })

  test('the course index lists the lessons in order and links the glossary', async ({ page }) => {
    await page.goto('/zh-CN/learn')
    const titles = await page
      .getByRole('list', { name: '课程' })
      .getByRole('heading')
      .allTextContents()
    expect(titles.slice(0, 4)).toEqual([
      'JWT 是什么，为什么会有它',
      '头部（header）',
      '载荷（payload）',
      '签名（signature）',
    ])
    await page.getByRole('link', { name: /术语表/ }).click()
    await expect(page).toHaveURL(/\/zh-CN\/learn\/glossary$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('术语表')
  })

  test('lesson pages ship no Monaco and no highlighter', async ({ page, request }) => {
    // Only what the lesson itself loads: Next also prefetches the chunks of linked routes (the
    // playground among them), which are not part of this page.
    const response = await page.goto('/en/learn/signature', { waitUntil: 'networkidle' })
    const html = (await response?.text()) ?? ''
    const own = [...new Set(html.match(/\/_next\/static\/chunks\/[^"'\\\s]+\.js/g) ?? [])]
    expect(own.length).toBeGreaterThan(0)
    const sources = await Promise.all(own.map(async (src) => (await request.get(src)).text()))
    const all = sources.join('\n')
    expect(all).not.toMatch(/MonacoEnvironment|monaco-editor|vs\/editor/)
    expect(all).not.toMatch(/createHighlighter|shiki|oniguruma/i)
  })
})
