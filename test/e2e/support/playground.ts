import { expect, type Page } from './test'

/** The playground's verdict on the token shown (`data-verdict`: verified, invalid, …). */
export const verdict = (page: Page) => page.getByTestId('verdict')

/**
 * Opens the playground and waits until it has hydrated (the example token shows as verified), so
 * what the test does next reaches React. What is typed while the page hydrates is tested on its
 * own, in before-hydration.spec.ts.
 */
export async function openPlayground(page: Page, path: string) {
  await page.goto(path)
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'verified')
}
