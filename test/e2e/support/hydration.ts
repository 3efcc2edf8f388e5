import { expect, type Locator, type Page } from './test'

/**
 * Holds every script of the page until `release()`: the page is painted from its HTML and the
 * reader can type, as on a slow phone, but React has not hydrated yet. `held()` says how many
 * scripts are waiting, so a test can prove it really typed before hydration.
 */
export async function holdScripts(page: Page) {
  let release!: () => void
  const gate = new Promise<void>((resolve) => (release = resolve))
  let held = 0
  await page.route('**/_next/static/**/*.js', async (route) => {
    held += 1
    await gate
    await route.continue()
  })
  return { release, held: () => held }
}

/**
 * Waits until React has hydrated the element of `locator` (it carries React's props), so that a
 * click or a key reaches React's handlers and not the browser's defaults.
 */
export async function waitForHydration(locator: Locator) {
  await expect
    .poll(() =>
      locator.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactProps$'))),
    )
    .toBe(true)
}
