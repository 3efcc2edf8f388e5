/**
 * Lesson widgets are islands: the server's still picture is in the HTML, the live code is not in
 * the first load, and what the reader does before that code arrives is not lost.
 */
import { expect, test, type Page } from './support/test'

test.use({ serviceWorkers: 'block' })

const LESSON = '/en/learn/signature'

/** Holds every script the HTML does not name (the lazy chunks) until `release()`. */
async function holdLazyChunks(page: Page, lesson = LESSON) {
  const html = await (await page.request.get(lesson)).text()
  const named = new Set(html.match(/\/_next\/static\/chunks\/[\w.-]+\.js/g))
  const held: string[] = []
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    const path = new URL(route.request().url()).pathname
    if (!named.has(path)) {
      held.push(path)
      await released
    }
    await route.continue()
  })
  return { held, release }
}

test('the still picture is server-rendered and the live widget is not in the first load', async ({
  page,
}) => {
  const { held, release } = await holdLazyChunks(page)
  await page.goto(LESSON)
  const tamper = page.getByTestId('tamper-demo')
  await expect(tamper.getByRole('status')).toContainText('Signature verified')
  await expect(tamper.locator('[data-island="tamper"]')).not.toHaveAttribute('data-live')
  await tamper.scrollIntoViewIfNeeded()
  await expect.poll(() => held.length).toBeGreaterThan(0)
  release()
  await expect(tamper.locator('[data-island="tamper"]')).toHaveAttribute('data-live', '')
})

test('a press and the focus on the still picture carry over to the live widget', async ({
  page,
}) => {
  const { held, release } = await holdLazyChunks(page)
  await page.goto(LESSON)
  const tamper = page.getByTestId('tamper-demo')
  const toggle = tamper.getByRole('switch', { name: 'Tamper with the payload' })
  await toggle.focus()
  await page.keyboard.press('Enter')
  await expect.poll(() => held.length).toBeGreaterThan(0)
  await expect(toggle).toHaveAttribute('aria-checked', 'false')
  release()
  await expect(tamper.locator('[data-island="tamper"]')).toHaveAttribute('data-live', '')
  await expect(toggle).toHaveAttribute('aria-checked', 'true')
  await expect(toggle).toBeFocused()
  await expect(tamper.getByRole('status')).toContainText('verification fails')
})

test.describe('every lesson widget is an island', () => {
  for (const { lesson, widget } of [
    { lesson: '/en/learn/payload', widget: 'payload' },
    { lesson: '/en/learn/payload', widget: 'timeline' },
    { lesson: '/en/learn/what-is-a-jwt', widget: 'quiz' },
    { lesson: '/en/learn/what-is-a-jwt', widget: 'term' },
  ]) {
    test(`${widget}: the still picture is in the HTML and its live code is not in the first load`, async ({
      page,
    }) => {
      const html = await (await page.request.get(lesson)).text()
      expect(html).toContain(`data-island="${widget}"`)
      const { held, release } = await holdLazyChunks(page, lesson)
      await page.goto(lesson)
      const island = page.locator(`main [data-island="${widget}"]`).first()
      await expect(island).toBeAttached()
      await island.scrollIntoViewIfNeeded()
      await expect.poll(() => held.length).toBeGreaterThan(0)
      await expect(island).not.toHaveAttribute('data-live')
      release()
      await expect(island).toHaveAttribute('data-live', '')
    })
  }

  test('an answer picked before the quiz is live counts, and comes back after a reload', async ({
    page,
  }) => {
    const { held, release } = await holdLazyChunks(page, '/en/learn/what-is-a-jwt')
    await page.goto('/en/learn/what-is-a-jwt')
    const quiz = page.getByTestId('quiz')
    await expect.poll(() => held.length).toBeGreaterThan(0)
    const wrong = quiz.getByRole('radiogroup').nth(0).getByRole('radio').nth(0)
    await wrong.check()
    release()
    await expect(page.locator('[data-island="quiz"]')).toHaveAttribute('data-live', '')
    await expect(quiz.getByRole('radiogroup').nth(0)).toContainText('Not quite.')
    await page.reload()
    await expect(wrong).toBeChecked()
  })

  test('a code block copy button copies the code, from one listener for the page', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/en/learn/algorithms-and-keys')
    const block = page.locator('[data-code-block]').first()
    const button = block.getByRole('button', { name: 'Copy code to clipboard' })
    await button.click()
    await expect(button).toHaveText('Copied')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(await block.locator('pre').innerText())
    expect(copied.length).toBeGreaterThan(10)
  })
})

test('a tap on a glossary term before its code arrives opens the popover, not the glossary', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({
    baseURL,
    hasTouch: true,
    isMobile: true,
    viewport: { width: 360, height: 740 },
    serviceWorkers: 'block',
  })
  const page = await context.newPage()
  const lesson = '/en/learn/what-is-a-jwt'
  const { held, release } = await holdLazyChunks(page, lesson)
  await page.goto(lesson)
  const term = page.locator('main article a[href$="/learn/glossary#jwt"]').first()
  await term.scrollIntoViewIfNeeded()
  await expect.poll(() => held.length).toBeGreaterThan(0)
  await term.tap()
  release()
  await expect(page.getByRole('dialog', { name: /JWT/ })).toBeVisible()
  expect(new URL(page.url()).pathname).toBe(lesson)
  await context.close()
})
