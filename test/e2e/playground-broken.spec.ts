import { expect, test, type Page } from './support/test'

// A broken token, explained like a tutor (issue 16, item 4): which of the three parts is wrong,
// where (the character highlighted in the coloured token), and for JSON the decoded text with
// the error's line and column.

const b64 = (text: string) => Buffer.from(text).toString('base64url')
const HEADER = b64('{"alg":"HS256","typ":"JWT"}')
const PAYLOAD = b64('{"sub":"42","name":"Ada"}')
// A stray `*` after the payload's 10th character.
const STRAY = `${HEADER}.${PAYLOAD.slice(0, 10)}*${PAYLOAD.slice(10)}.c2lnbmF0dXJl`
// A header whose JSON lacks a comma: the error is at line 2, column 3.
const BAD_HEADER_JSON = `${b64('{"alg": "HS256"\n  "typ": "JWT"\n}')}.${PAYLOAD}.c2ln`

const LANGUAGES = [
  {
    locale: 'en',
    input: 'Token, or text that contains one',
    found: 'Found a 3-part token',
    stray: ['Part 2 of 3, the payload', 'column 11', '“*”'],
    unreadable: 'The token cannot be read: see why under the token.',
    json: ['Part 1 of 3, the header', 'line 2, column 3'],
  },
  {
    locale: 'zh-CN',
    input: '令牌，或包含令牌的文本',
    found: '找到一个 3 段的令牌',
    stray: ['第 2 部分（载荷 Payload）', '第 11 列', '“*”'],
    unreadable: '这个令牌读不出来：原因见令牌下方的说明。',
    json: ['第 1 部分（头部 Header）', '第 2 行第 3 列'],
  },
] as const

const problem = (page: Page) => page.getByTestId('decode-error')

for (const l of LANGUAGES) {
  test.describe(`broken tokens (${l.locale})`, () => {
    test('a stray character: the part, the column, and the character marked in the token', async ({
      page,
    }) => {
      await page.goto(`/${l.locale}/playground`)
      await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'verified')
      await page.getByLabel(l.input).fill(STRAY)
      await expect(page.getByTestId('found')).toContainText(l.found)
      for (const part of l.stray) await expect(problem(page)).toContainText(part)
      await expect(page.getByTestId('token-error')).toHaveText('*')
      await expect(page.getByTestId('token-error')).toHaveAttribute('data-part', 'payload')
    })

    test('bad JSON in the header: the part, the decoded text, line and column', async ({
      page,
    }) => {
      await page.goto(`/${l.locale}/playground`)
      await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'verified')
      await page.getByLabel(l.input).fill(BAD_HEADER_JSON)
      for (const part of l.json) await expect(problem(page)).toContainText(part)
      const decoded = page.getByTestId('decoded-text')
      await expect(decoded).toContainText('"alg": "HS256"')
      await expect(decoded.getByTestId('json-error-at')).toHaveText('"')
      // The editors do not ask for a token that is already there.
      await expect(page.getByTestId('pane-header')).toContainText(l.unreadable)
    })
  })
}
