import { expect, test, type Page } from './support/test'
import { bigToken } from '../fixtures/big-token'

// A 64 KB token is decoded in a Web Worker (lib/playground/decode.worker.ts). How smooth typing
// stays is measured by `npm run bench`; here: what the page shows is right, and always for the
// text in the input, however fast the keys come.

/** claim_5's value as the claims table shows it (quoted, so claim_50 does not match). */
const ORIGINAL_CLAIM = `"value-${'x'.repeat(20)}5"`

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url')

/**
 * The big token with three bytes of one claim's value rewritten to "ABC", and where in the
 * token the four base64url characters that carry them sit.
 */
function editedToken(token: string) {
  const [header, payload, signature] = token.split('.') as [string, string, string]
  const json = Buffer.from(payload, 'base64url').toString('utf8')
  // Three bytes that start on a multiple of 3 are exactly four base64url characters.
  let at = json.indexOf('xxx', json.indexOf('"claim_5"'))
  while (at % 3 !== 0) at++
  const chars = (at / 3) * 4
  const changed = payload.slice(0, chars) + b64('ABC') + payload.slice(chars + 4)
  const claim = JSON.parse(Buffer.from(changed, 'base64url').toString('utf8')).claim_5 as string
  return {
    token: `${header}.${changed}.${signature}`,
    start: header.length + 1 + chars,
    claim,
  }
}

async function openWithMonaco(page: Page) {
  await page.goto('/en/playground')
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'verified')
  await page.mouse.move(200, 200)
  await expect(page.getByTestId('pane-payload')).toHaveAttribute('data-editor', 'monaco')
}

test.describe('playground: a 64 KB token', () => {
  test('decodes a pasted 64 KB token and keeps up with keys typed inside it', async ({ page }) => {
    await openWithMonaco(page)
    const token = bigToken()
    const edited = editedToken(token)
    expect(edited.claim).toContain('ABC')
    const input = page.getByLabel('Token, or text that contains one')
    const payload = page.getByTestId('pane-payload')

    await input.fill(token)
    // The example's secret does not match the junk signature.
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'invalid')
    await expect(payload).toContainText('claim_5')
    await expect(page.getByTestId('claims-table')).toContainText(ORIGINAL_CLAIM)

    // Four characters replaced one key at a time, with no pause between keys: the first three
    // leave the payload's base64url broken, the fourth makes it JSON again.
    await input.evaluate(
      (el: HTMLTextAreaElement, start) => el.setSelectionRange(start, start + 4),
      edited.start,
    )
    await page.keyboard.type(b64('ABC'), { delay: 0 })
    await expect(input).toHaveValue(edited.token)

    // Settled on the text in the input: its claim, its verdict, nothing still pending.
    await expect(page.getByTestId('claims-table')).toContainText(edited.claim)
    await expect(page.getByTestId('claims-table')).not.toContainText(ORIGINAL_CLAIM)
    await expect(payload).toContainText('ABC')
    await expect(page.getByTestId('token-view')).toHaveText(edited.token)
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'invalid')
    await expect(page.locator('[data-pending]')).toHaveCount(0)

    // A broken keystroke in the middle: the page says the payload cannot be read, then recovers.
    await input.evaluate(
      (el: HTMLTextAreaElement, at) => el.setSelectionRange(at, at),
      edited.start,
    )
    await page.keyboard.type('Z')
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'unreadable')
    await expect(page.getByTestId('claims-table')).toHaveCount(0)
    await page.keyboard.press('Backspace')
    await expect(input).toHaveValue(edited.token)
    await expect(page.getByTestId('claims-table')).toContainText(edited.claim)
    await expect(payload).toContainText('ABC')
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'invalid')
  })

  test('goes back to a short token at once after a long one', async ({ page }) => {
    await openWithMonaco(page)
    const input = page.getByLabel('Token, or text that contains one')
    await input.fill(bigToken())
    await expect(page.getByTestId('pane-payload')).toContainText('claim_5')
    await page.getByRole('button', { name: 'Load the example' }).click()
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'verified')
    await expect(page.getByTestId('pane-payload')).not.toContainText('claim_5')
    await expect(page.locator('[data-pending]')).toHaveCount(0)
  })
})
