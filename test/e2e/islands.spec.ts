/**
 * Lesson widgets are islands: the server's still picture is in the HTML, the live code is not in
 * the first load, and what the reader does before that code arrives is not lost.
 */
import { expect, test, type Page } from './support/test'

test.use({ serviceWorkers: 'block' })

const LESSON = '/en/learn/signature'

/** Holds every script the HTML does not name (the lazy chunks) until `release()`. */
async function holdLazyChunks(page: Page) {
  const html = await (await page.request.get(LESSON)).text()
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
