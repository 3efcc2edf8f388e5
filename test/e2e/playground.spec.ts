import { expect, test, type Page, type Request } from './support/test'
import { openPlayground, verdict } from './support/playground'
import vectors from '../fixtures/vectors/rfc7515-appendix-a.json'
import { bigToken } from '../fixtures/big-token'

// RFC 7515 Appendix A.1: HS256 with a 64-byte key given as a JWK `k` (base64url).
const a1 = vectors.vectors.find((v) => v.id === 'A.1')!
const A1_TOKEN = a1.compact
const A1_SECRET = (a1.jwk as { k: string }).k

/** Every request the page makes, with what it carries, to prove no token or key leaves it. */
function recordRequests(page: Page, into: string[]) {
  page.on('request', (request: Request) => {
    const headers = Object.entries(request.headers())
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n')
    into.push(`${request.method()} ${request.url()}\n${headers}\n${request.postData() ?? ''}`)
  })
}

/** Changes one character of the payload segment so that it still decodes to a JSON object. */
function tamperOnePayloadCharacter(token: string): string {
  const [header, payload, signature] = token.split('.') as [string, string, string]
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  for (let i = 4; i < payload.length - 4; i++) {
    for (const c of alphabet) {
      if (c === payload[i]) continue
      const changed = payload.slice(0, i) + c + payload.slice(i + 1)
      try {
        const value: unknown = JSON.parse(Buffer.from(changed, 'base64url').toString('utf8'))
        if (value && typeof value === 'object' && !Array.isArray(value))
          return `${header}.${changed}.${signature}`
      } catch {
        // Not JSON any more: try another character.
      }
    }
  }
  throw new Error('no single-character tamper keeps the payload JSON')
}

test.describe('playground', () => {
  test('verifies RFC 7515 A.1, flags a tampered payload, signs with a new ES256 key, shares it, and sends none of it anywhere', async ({
    page,
    context,
  }) => {
    const requests: string[] = []
    recordRequests(page, requests)
    await page.goto('/en/playground')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Playground')
    // The example token is verified with its public teaching secret.
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'verified')

    // Paste a whole Authorization line; the token is found in it.
    const input = page.getByLabel('Token, or text that contains one')
    await input.fill(`Authorization: Bearer ${A1_TOKEN}`)
    await expect(page.getByTestId('found')).toHaveText(
      'Found a 3-part token in an Authorization header.',
    )
    const secret = page.getByLabel('Secret', { exact: true })
    await secret.fill(A1_SECRET)
    // Read as UTF-8 text, the key's bytes are different: the encoding matters.
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'invalid')
    await page.getByRole('radio', { name: 'base64url' }).check()
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'verified')
    await expect(verdict(page)).toContainText('Signature verified')
    // Signature fine, but the claims are a separate verdict: exp is in 2011.
    await expect(page.getByTestId('claims-state')).toContainText('Expired')
    await page.getByRole('button', { name: '1 s before exp' }).click()
    await expect(page.getByTestId('claims-state')).toContainText('Valid, expires in 1 sec')
    await expect(page.getByLabel('Check the claims at')).toHaveValue(/^2011-03-2[23]T/)
    await page.getByRole('button', { name: 'Back to now' }).click()
    await expect(page.getByTestId('claims-state')).toContainText('Expired')

    // Hovering or focusing a claim lights up its bytes in the token.
    await page
      .getByTestId('claims-table')
      .getByRole('button', { name: 'Show “iss” in the token' })
      .focus()
    await expect(page.getByTestId('token-highlight')).toBeVisible()

    // One changed payload character: the signature no longer matches, and nothing else is blamed.
    await input.fill(tamperOnePayloadCharacter(A1_TOKEN))
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'invalid')
    await expect(verdict(page)).toContainText('Invalid signature')

    // ES256: generate a key pair, then edit and sign.
    await input.fill(A1_TOKEN)
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'verified')
    await page.getByLabel('Algorithm').selectOption('ES256')
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'no-key')
    await page.getByRole('button', { name: 'Generate a key pair (ES256)' }).click()
    const pair = page.getByTestId('generated-pair')
    await expect(pair).toContainText('-----BEGIN PUBLIC KEY-----')
    await expect(pair).toContainText('"crv": "P-256"')
    // A new key never silently re-signs the pasted token: it just does not verify it.
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'not-allowed')
    const privatePem = await page.getByLabel('Private key to sign').inputValue()
    await page.getByRole('radio', { name: 'Edit and sign' }).check({ force: true })
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'verified')
    await expect(verdict(page)).toContainText('Signed here with your key')
    const signed = await input.inputValue()
    const header = JSON.parse(Buffer.from(signed.split('.')[0]!, 'base64url').toString('utf8'))
    expect(header).toEqual({ typ: 'JWT', alg: 'ES256' })
    // The typed bytes are kept: RFC 7515's CRLF and spaces survive re-signing.
    expect(Buffer.from(signed.split('.')[1]!, 'base64url').toString('utf8')).toBe(a1.payloadDecoded)

    // Share: the token rides in the fragment, never the query, and no key is in the link.
    const link = await page.getByLabel('Share link').inputValue()
    const url = new URL(link)
    expect(url.search).toBe('')
    expect(url.hash).toBe(`#token=${signed}`)
    expect(link).not.toContain(A1_SECRET)
    expect(link).not.toContain(privatePem.split('\n')[1]!)

    const other = await context.browser()!.newContext()
    const shared = await other.newPage()
    recordRequests(shared, requests)
    await shared.goto(link)
    await expect(shared.getByLabel('Token, or text that contains one')).toHaveValue(signed)
    await expect(shared.getByText('Token opened from a shared link.')).toBeVisible()
    await expect(verdict(shared)).toHaveAttribute('data-verdict', 'no-key')

    // Switch language: the fragment and the token come along.
    await shared.getByRole('link', { name: '简体中文' }).click()
    await expect(shared).toHaveURL(/\/zh-CN\/playground#token=/)
    await expect(shared.locator('html')).toHaveAttribute('lang', 'zh-CN')
    await expect(shared.getByRole('heading', { level: 1 })).toContainText('调试台')
    await expect(shared.getByLabel('令牌，或包含令牌的文本')).toHaveValue(signed)
    await expect(verdict(shared)).toContainText('还没有密钥')
    await shared.waitForLoadState('networkidle')
    await other.close()
    await page.waitForLoadState('networkidle')

    // Nothing the learner pasted, typed or generated was in any request.
    const secrets = [
      A1_TOKEN.split('.')[2]!,
      A1_TOKEN.split('.')[1]!,
      A1_SECRET,
      signed.split('.')[2]!,
      privatePem.split('\n')[1]!,
    ]
    expect(requests.length).toBeGreaterThan(5)
    for (const request of requests)
      for (const secret of secrets)
        expect(request.includes(secret), request.slice(0, 120)).toBe(false)
  })

  test('Monaco waits for the reader: the page verifies the example without it, then loads it on first movement', async ({
    page,
  }) => {
    // Every script body, read as it arrives; awaited before each check so none is missed.
    const bodies: Promise<string>[] = []
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        bodies.push(response.text().catch(() => ''))
    })
    const fetchedMonaco = async () =>
      (await Promise.all(bodies)).some((source) => source.includes('MonacoEnvironment'))
    await page.goto('/en/playground', { waitUntil: 'networkidle' })
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'verified')
    await expect(page.getByTestId('pane-payload')).toHaveAttribute('data-editor', 'plain')
    await expect(page.getByTestId('pane-payload')).toContainText('Ada Lovelace')
    expect(await fetchedMonaco()).toBe(false)
    await page.mouse.move(300, 300)
    await expect(page.getByTestId('pane-payload')).toHaveAttribute('data-editor', 'monaco')
    await page.waitForLoadState('networkidle')
    expect(await fetchedMonaco()).toBe(true)
  })

  test('invalid JSON is pointed at in the editor, never called a bad signature', async ({
    page,
  }) => {
    // Hydrated (the example is verified), then the reader moves: Monaco starts loading.
    await openPlayground(page, '/en/playground')
    await page.mouse.move(200, 200)
    await expect(page.getByTestId('pane-payload')).toHaveAttribute('data-editor', 'monaco')
    // Decode mode only shows the token; editing is the reader's choice.
    await page.getByRole('radio', { name: 'Edit and sign' }).check({ force: true })
    await page.getByTestId('pane-payload').locator('.view-lines').click()
    await page.keyboard.press('ControlOrMeta+End')
    await page.keyboard.type(' x')
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'json-error')
    await expect(verdict(page)).toContainText('Fix the JSON first')
    await expect(page.getByTestId('pane-payload').getByRole('alert')).toContainText(
      'Invalid JSON at line 1',
    )
    // The marker sits in the editor too.
    await expect(page.getByTestId('pane-payload').locator('.squiggly-error')).toHaveCount(1)
    // Escape leaves the editor (a second one in case a suggestion was open); Tab moves on.
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')
    await page.keyboard.press('Tab')
    const inEditor = await page.evaluate(
      () => document.activeElement?.closest('.monaco-editor') !== null,
    )
    expect(inEditor).toBe(false)
    await page.getByRole('button', { name: 'Back to the pasted token' }).click()
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'verified')
  })

  test('keeps what was typed across a reload, and never in localStorage', async ({ page }) => {
    await openPlayground(page, '/en/playground')
    const input = page.getByLabel('Token, or text that contains one')
    await input.fill(`Cookie: session=${A1_TOKEN}; theme=dark`)
    await expect(page.getByTestId('found')).toContainText('a cookie (session)')
    await page.getByLabel('Secret', { exact: true }).fill('my secret words')
    // The save is debounced: wait until it has happened rather than for a guessed delay.
    await expect
      .poll(() => page.evaluate(() => JSON.stringify(sessionStorage)))
      .toContain('my secret words')
    await page.reload()
    await expect(input).toHaveValue(`Cookie: session=${A1_TOKEN}; theme=dark`)
    await expect(page.getByLabel('Secret', { exact: true })).toHaveValue('my secret words')
    const local = await page.evaluate(() => JSON.stringify(localStorage))
    expect(local).not.toContain('my secret words')
    expect(local).not.toContain(A1_TOKEN)
  })

  test('usable at 360 px in Chinese, without horizontal scrolling', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
    const page = await context.newPage()
    await page.goto('/zh-CN/playground')
    await expect(verdict(page)).toContainText('签名验证通过')
    await page.mouse.move(100, 300)
    await expect(page.getByTestId('pane-header')).toHaveAttribute('data-editor', 'monaco')
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await context.close()
  })

  test('keeps decoding while typing in a 64 KB token', async ({ page }) => {
    // How smooth this stays is measured by `npm run bench` (longest task, slowest input event);
    // here: the 64 KB token decodes, and every keystroke is decoded again.
    // Hydrated (the example is verified), then the reader moves: Monaco starts loading.
    await openPlayground(page, '/en/playground')
    await page.mouse.move(200, 200)
    await expect(page.getByTestId('pane-payload')).toHaveAttribute('data-editor', 'monaco')
    const token = bigToken()
    expect(token.length).toBeGreaterThan(64_000)
    const input = page.getByLabel('Token, or text that contains one')
    await input.fill(token)
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'invalid')
    await expect(page.getByTestId('pane-payload')).toContainText('claim_0')
    // Type inside the payload's base64url: the decoded JSON breaks, and the page says so.
    await input.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(200, 200))
    await page.keyboard.type('AbCdEfGhIjKl', { delay: 20 })
    await expect(input).toHaveValue(token.slice(0, 200) + 'AbCdEfGhIjKl' + token.slice(200))
    await expect(page.getByTestId('pane-payload')).not.toContainText('claim_0')
  })
})
