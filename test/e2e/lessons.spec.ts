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

  test('an unknown lesson is the translated 404', async ({ page, pageErrors }) => {
    pageErrors.allow(/status of 404/) // Chromium logs the 404 this test asks for
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

const PROGRESS = 'jwt-playground:lessons:v1'
// The right option of each question in /learn/what-is-a-jwt (the same in both languages).
const WHAT_IS_A_JWT_ANSWERS = [1, 2, 0]

test.describe('quizzes remember and speak like a tutor (issue 16, items 10-12)', () => {
  for (const { locale, score, passed } of [
    { locale: 'en', score: '3 of 3 answered correctly', passed: 'Quiz passed' },
    { locale: 'zh-CN', score: '已答对 3/3 题', passed: '测验通过' },
  ] as const) {
    test(`${locale}: a quiz keeps its answers and its passed state after a reload`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/learn/what-is-a-jwt`)
      const quiz = page.getByTestId('quiz')
      const groups = quiz.getByRole('radiogroup')
      // One wrong answer first, then all right: the last choice is what must come back.
      await groups.nth(0).getByRole('radio').nth(0).check()
      for (const [index, answer] of WHAT_IS_A_JWT_ANSWERS.entries())
        await groups.nth(index).getByRole('radio').nth(answer).check()
      await expect(quiz.getByRole('status')).toContainText(score)

      await page.reload()
      for (const [index, answer] of WHAT_IS_A_JWT_ANSWERS.entries())
        await expect(groups.nth(index).getByRole('radio').nth(answer)).toBeChecked()
      await expect(quiz.getByRole('status')).toContainText(score)
      await expect(quiz.getByRole('status')).toContainText(passed)
    })
  }

  test('a wrong answer comes back with its feedback after a reload', async ({ page }) => {
    await page.goto('/en/learn/header')
    const first = page.getByTestId('quiz').getByRole('radiogroup').nth(0)
    // The header quiz's first question is answered by its first option: the second is wrong.
    const wrong = first.getByRole('radio').nth(1)
    await wrong.check()
    await expect(first.locator('[aria-live]')).toContainText('Not quite.')
    await page.reload()
    await expect(wrong).toBeChecked()
    await expect(first.locator('[aria-live]')).toContainText('Not quite.')
  })

  test('a quiz the course index shows as passed shows as passed in the lesson', async ({
    page,
  }) => {
    // Progress saved before answers were kept: only the passed list.
    await page.goto('/en/learn')
    await page.evaluate(
      (key) => localStorage.setItem(key, JSON.stringify({ read: [], passed: ['header'] })),
      PROGRESS,
    )
    await page.reload()
    await expect(page.getByTestId('status-header')).toContainText('Quiz passed')
    await page.goto('/en/learn/header')
    const status = page.getByTestId('quiz').getByRole('status')
    await expect(status).toContainText('Quiz passed')
    await expect(status).not.toContainText(/^0 of/)
  })

  for (const { locale, right, wrong, verdicts } of [
    {
      locale: 'en',
      right: 'Correct.',
      wrong: 'Not quite.',
      verdicts: /^(yes|no|not quite|correct|right|wrong|incorrect)\b\W/i,
    },
    {
      locale: 'zh-CN',
      right: '答对了。',
      wrong: '不太对。',
      verdicts: /^(对|不对|不完全对|答对了|答错了|不太对|错|没错|正确|不正确)[：:。，,]/,
    },
  ] as const) {
    test(`${locale}: quiz feedback says its verdict once, then explains`, async ({ page }) => {
      await page.goto(`/${locale}/learn/what-is-a-jwt`)
      const groups = page.getByTestId('quiz').getByRole('radiogroup')
      for (const [index, answer] of WHAT_IS_A_JWT_ANSWERS.entries()) {
        const group = groups.nth(index)
        for (let option = 0; option < 3; option++) {
          await group.getByRole('radio').nth(option).check()
          const verdict = option === answer ? right : wrong
          // The quiz is an island: a pick made before its code arrived is answered on arrival.
          await expect(group.locator('[aria-live]')).toContainText(verdict)
          const text = ((await group.locator('[aria-live]').textContent()) ?? '').trim()
          expect(text.startsWith(verdict), text).toBe(true)
          const explanation = text.slice(verdict.length).trim()
          expect(explanation.length, text).toBeGreaterThan(5)
          expect(explanation, text).not.toMatch(verdicts)
        }
      }
    })
  }

  test('passing the quiz counts the lesson as read, before its end is reached', async ({
    browser,
  }) => {
    // A short window, so the end of the lesson (below the recap) is not on screen at the quiz.
    const context = await browser.newContext({ viewport: { width: 1280, height: 500 } })
    const page = await context.newPage()
    await page.goto('/zh-CN/learn/what-is-a-jwt')
    const groups = page.getByTestId('quiz').getByRole('radiogroup')
    for (const [index, answer] of WHAT_IS_A_JWT_ANSWERS.entries())
      await groups.nth(index).getByRole('radio').nth(answer).check()
    await expect(page.getByTestId('quiz').getByRole('status')).toContainText('测验通过')
    await page.goto('/zh-CN/learn')
    await expect(page.getByTestId('status-what-is-a-jwt')).toContainText('已读')
    await expect(page.getByTestId('progress-summary')).toContainText('已读 1/')
    await context.close()
  })
})

test.describe('glossary terms preview their definition (issue 16, item 13)', () => {
  for (const { locale, definition, more } of [
    { locale: 'en', definition: 'A JSON Web Token (RFC 7519)', more: 'Full entry in the glossary' },
    { locale: 'zh-CN', definition: 'JSON Web Token（RFC 7519）', more: '在术语表中查看完整词条' },
  ] as const) {
    test(`${locale}: hover and keyboard focus open the definition, Esc closes it`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/learn/what-is-a-jwt`)
      const term = page.locator('main article a[href$="/learn/glossary#jwt"]').first()
      const popover = page.getByRole('dialog', { name: /JWT/ })
      await expect(popover).toBeHidden()

      await term.hover()
      await expect(popover).toBeVisible()
      await expect(popover).toContainText(definition)
      await page.mouse.move(0, 0)
      await expect(popover).toBeHidden()

      // Keyboard only: Tab until the term has focus.
      await page.locator('main h1').click()
      for (let i = 0; i < 40 && !(await term.evaluate((a) => a === document.activeElement)); i++)
        await page.keyboard.press('Tab')
      await expect(term).toBeFocused()
      await expect(popover).toBeVisible()
      await expect(term).toHaveAccessibleDescription(new RegExp(definition.slice(0, 12)))
      // The link to the full entry is the next Tab stop, and the popover stays open on it.
      await page.keyboard.press('Tab')
      const full = popover.getByRole('link', { name: more })
      await expect(full).toBeFocused()
      await expect(full).toHaveAttribute('href', `/${locale}/learn/glossary#jwt`)
      await page.keyboard.press('Escape')
      await expect(popover).toBeHidden()
      await expect(term).toBeFocused()
    })

    test(`${locale}: a tap opens the definition and a tap elsewhere closes it`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({
        baseURL,
        hasTouch: true,
        isMobile: true,
        viewport: { width: 360, height: 740 },
      })
      const page = await context.newPage()
      await page.goto(`/${locale}/learn/what-is-a-jwt`)
      const term = page.locator('main article a[href$="/learn/glossary#jwt"]').first()
      const popover = page.getByRole('dialog', { name: /JWT/ })
      await term.scrollIntoViewIfNeeded()
      // A tap before the page is hydrated follows the link to the glossary, as a link should;
      // a tap before the term's code arrives is islands.spec.ts's case.
      await expect(
        page
          .locator('main article [data-island="term"]')
          .filter({ has: page.locator('a[href$="/learn/glossary#jwt"]') })
          .first(),
      ).toHaveAttribute('data-live', '')
      await term.tap()
      await expect(popover).toBeVisible()
      await expect(popover).toContainText(definition)
      expect(new URL(page.url()).pathname).toBe(`/${locale}/learn/what-is-a-jwt`)
      // Fits the phone screen.
      const box = (await popover.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(360)
      await page.locator('main h1').tap()
      await expect(popover).toBeHidden()
      // The popover's own link leads to the entry.
      await term.tap()
      await popover.getByRole('link', { name: more }).tap()
      await expect(page).toHaveURL(new RegExp(`/${locale}/learn/glossary#jwt$`))
      await context.close()
    })
  }

  test('glossary headings name each term once, with brackets that fit the language', async ({
    page,
  }) => {
    await page.goto('/en/learn/glossary')
    // Each heading ends with its "#" anchor link.
    await expect(page.locator('h2#jwt')).toHaveText('JWT · JSON Web 令牌#')
    await expect(page.locator('h2#hmac')).toHaveText('HMAC · 基于哈希的消息认证码#')
    const english = (await page.locator('main article').textContent()) ?? ''
    expect(english).not.toMatch(/[（）]/)
    for (const heading of await page.locator('main article h2').allTextContents()) {
      // Not "JWT · JWT（JSON Web 令牌）": the English term is not repeated before a gloss.
      const [term = '', chinese = ''] = heading.split(' · ')
      const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      expect(chinese, heading).not.toMatch(new RegExp(`^${escaped}\\s*[（(]`))
    }
    await page.goto('/zh-CN/learn/glossary')
    await expect(page.locator('h2#jwt')).toHaveText('JWT（JSON Web 令牌）#')
  })
})

test.describe('the lessons on what JWTs are not for (issue 11, gaps)', () => {
  for (const [locale, idTitle, sessionsTitle, valid, expired] of [
    ['en', 'ID tokens and access tokens', 'Sessions or JWTs?', 'Valid', 'Expired'],
    ['zh-CN', 'ID 令牌与访问令牌', '会话还是 JWT？', '有效', '已过期'],
  ] as const) {
    test(`${locale}: both are in the course and show their tokens and timeline`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/learn`)
      await expect(page.locator(`a[href="/${locale}/learn/id-tokens"]`).first()).toBeVisible()
      await expect(
        page.locator(`a[href="/${locale}/learn/sessions-or-jwts"]`).first(),
      ).toBeVisible()

      await page.goto(`/${locale}/learn/id-tokens`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(idTitle)
      const [idToken, accessToken] = [
        page.getByTestId('token-demo').nth(0),
        page.getByTestId('token-demo').nth(1),
      ]
      await expect(idToken).toContainText('"aud": "web-app"')
      await expect(idToken).toContainText('"nonce"')
      await expect(accessToken).toContainText('"typ": "at+jwt"')
      await expect(accessToken).toContainText('"aud": "https://api.example.com"')

      await page.goto(`/${locale}/learn/sessions-or-jwts`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(sessionsTitle)
      const timeline = page.getByTestId('claim-timeline')
      // Minute ten: the user logged out at minute two, and the token still passes
      await timeline.getByRole('slider').fill(String(1732492800 + 600))
      await expect(timeline.getByRole('status')).toContainText(valid)
      await timeline.getByRole('slider').fill(String(1732492800 + 900))
      await expect(timeline.getByRole('status')).toContainText(expired)
    })
  }
})
