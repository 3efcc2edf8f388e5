/**
 * what-is-a-jwt's <TokenSplit>: the token and its decoded parts follow each other as the reader
 * types, and a fault is named with its part and position, in both languages.
 */
import { expect, test, type Page } from './support/test'

test.use({ serviceWorkers: 'block' })

const HEADER_JSON = '{"alg":"HS256","typ":"JWT"}'
const b64url = (text: string) => Buffer.from(text).toString('base64url')

const LOCALES = [
  {
    locale: 'en',
    token: 'Token: paste or edit it',
    payload: 'Payload, decoded: edit it',
    header: 'Header, decoded: edit it',
    ok: 'Three parts, each valid base64url',
    base64:
      /The payload part is not valid base64url at character (\d+): this character is not allowed/,
    json: /The header decodes, but it is not valid JSON\. It breaks at character (\d+) of the decoded text\./,
    bytes: '32 bytes',
  },
  {
    locale: 'zh-CN',
    token: '令牌：粘贴或直接修改',
    payload: '载荷（已解码）：可以修改',
    header: '头部（已解码）：可以修改',
    ok: '三个部分都是合法的 base64url',
    base64: /载荷（payload）在第 (\d+) 个字符处不是合法的 base64url：这个字符不允许出现/,
    json: /出错位置在解码后文本的第 (\d+) 个字符/,
    bytes: '32 字节',
  },
] as const

async function openWidget(page: Page, locale: string) {
  await page.goto(`/${locale}/learn/what-is-a-jwt`)
  const widget = page.getByTestId('token-split')
  await widget.scrollIntoViewIfNeeded()
  await expect(widget.locator('[data-island="tokenSplit"]')).toHaveAttribute('data-live', '')
  return widget
}

for (const l of LOCALES) {
  test(`${l.locale}: editing the payload re-encodes it into the token, keeping the signature`, async ({
    page,
  }) => {
    const widget = await openWidget(page, l.locale)
    const token = widget.getByRole('textbox', { name: l.token })
    const before = (await token.inputValue()).split('.')
    await expect(widget.getByRole('status')).toContainText(l.ok)
    await expect(widget).toContainText(l.bytes)

    // Keyboard only: Tab into the payload field, select the word and type over it.
    const payload = widget.getByRole('textbox', { name: l.payload })
    await payload.focus()
    const text = await payload.inputValue()
    const start = text.indexOf('false')
    await payload.evaluate((el: HTMLTextAreaElement, at) => el.setSelectionRange(at, at + 5), start)
    await page.keyboard.type('true')

    const after = (await token.inputValue()).split('.')
    const edited = text.replace('"admin":false', '"admin":true')
    expect(after[0]).toBe(before[0])
    expect(after[1]).toBe(b64url(edited))
    expect(after[2]).toBe(before[2])
    await expect(widget.getByTestId('split-token')).toHaveText(after.join('.'))
    await expect(widget.getByRole('status')).toContainText(l.ok)
  })

  test(`${l.locale}: a bad character in the token is named with its part and position`, async ({
    page,
  }) => {
    const widget = await openWidget(page, l.locale)
    const token = widget.getByRole('textbox', { name: l.token })
    const original = await token.inputValue()
    const at = original.indexOf('.') + 5
    const broken = `${original.slice(0, at)}+${original.slice(at)}`
    await token.fill(broken)
    const status = widget.getByRole('status')
    await expect(status).toContainText(l.base64)
    const column = Number(l.base64.exec((await status.textContent()) ?? '')![1])
    expect(broken[column - 1]).toBe('+')
    await expect(widget.getByTestId('split-mark')).toHaveText('+')
    // Nothing typed is lost: the broken token stays as typed, and its header still decodes.
    await expect(token).toHaveValue(broken)
    await expect(widget.getByRole('textbox', { name: l.header })).toHaveValue(HEADER_JSON)

    // Broken JSON in the header points into the decoded text.
    await token.fill(original)
    await expect(status).toContainText(l.ok)
    const header = widget.getByRole('textbox', { name: l.header })
    await header.fill('{"alg":"HS256",}')
    await expect(status).toContainText(l.json)
    const jsonAt = Number(l.json.exec((await status.textContent()) ?? '')![1])
    expect('{"alg":"HS256",}'[jsonAt - 1]).toBe('}')
    await expect(token).toHaveValue(
      `${b64url('{"alg":"HS256",}')}.${original.split('.').slice(1).join('.')}`,
    )
  })
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true })

  test('zh-CN: a broken token is named, and tapping Reset brings the original back', async ({
    page,
  }) => {
    await page.goto('/zh-CN/learn/what-is-a-jwt')
    const widget = page.getByTestId('token-split')
    const token = widget.getByRole('textbox', { name: '令牌：粘贴或直接修改' })
    const original = await token.inputValue()
    await token.fill('abc')
    await expect(widget.locator('[data-island="tokenSplit"]')).toHaveAttribute('data-live', '')
    await expect(token).toHaveValue('abc')
    await expect(widget.getByRole('status')).toContainText('这个令牌有 1 段')
    await widget.getByRole('button', { name: '恢复原来的令牌' }).tap()
    await expect(token).toHaveValue(original)
    const box = (await widget.boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(360)
  })
})
