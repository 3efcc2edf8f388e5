import { expect, type Page } from './test'

/**
 * Opens the playground and waits until it has hydrated (the example token shows as verified), so
 * what the test types next reaches React. Text typed while the page hydrates can end up joined
 * to the example token (seen in CI, session 6): that is a bug of its own, to be tested as one,
 * not a race for every test that fills the input.
 */
export async function openPlayground(page: Page, path: string) {
  await page.goto(path)
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'verified')
}
