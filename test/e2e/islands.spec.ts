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

/**
 * Opens `url` without waiting for the load event (a held chunk that a widget near the top asks for
 * while the page loads would hold that event too), then waits until React has hydrated the islands
 * and run their effects, so their listeners are there.
 */
async function open(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'domcontentloaded' })
  await page.waitForFunction(() => {
    const island = document.querySelector('[data-island]')
    return !!island && Object.keys(island).some((key) => key.startsWith('__reactFiber$'))
  })
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))))
}

test('the still picture is server-rendered and the live widget is not in the first load', async ({
  page,
}) => {
  const { held, release } = await holdLazyChunks(page)
  await open(page, LESSON)
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
  await open(page, LESSON)
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

test('two presses on the still picture are two presses on the live widget', async ({ page }) => {
  const { held, release } = await holdLazyChunks(page)
  await open(page, LESSON)
  const tamper = page.getByTestId('tamper-demo')
  const toggle = tamper.getByRole('switch', { name: 'Tamper with the payload' })
  await toggle.focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await expect.poll(() => held.length).toBeGreaterThan(0)
  release()
  await expect(tamper.locator('[data-island="tamper"]')).toHaveAttribute('data-live', '')
  // On, then off again: where the reader left it, not where one replayed press would.
  await expect(toggle).toHaveAttribute('aria-checked', 'false')
  await expect(tamper.getByRole('status')).toContainText('Signature verified')
})

test('text typed into the still picture keeps its caret once the live widget arrives', async ({
  page,
}) => {
  const lesson = '/en/learn/what-is-a-jwt'
  const { held, release } = await holdLazyChunks(page, lesson)
  await open(page, lesson)
  const widget = page.getByTestId('token-split')
  const token = widget.getByRole('textbox').first()
  await token.focus()
  await token.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(5, 5))
  await page.keyboard.type('XY')
  await expect.poll(() => held.length).toBeGreaterThan(0)
  release()
  await expect(widget.locator('[data-island="tokenSplit"]')).toHaveAttribute('data-live', '')
  // The swap's effect gives the focus back a moment after the live markup is there.
  await expect(token).toBeFocused()
  await page.keyboard.type('Z')
  expect((await token.inputValue()).slice(5, 8)).toBe('XYZ')
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
      await open(page, lesson)
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
    await open(page, '/en/learn/what-is-a-jwt')
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
  await open(page, lesson)
  const term = page.locator('main article a[href$="/learn/glossary#jwt"]').first()
  await term.scrollIntoViewIfNeeded()
  await expect.poll(() => held.length).toBeGreaterThan(0)
  await term.tap()
  release()
  await expect(page.getByRole('dialog', { name: /JWT/ })).toBeVisible()
  expect(new URL(page.url()).pathname).toBe(lesson)
  await context.close()
})
