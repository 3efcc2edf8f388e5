import en from '@/content/messages/en.json'
import zhCN from '@/content/messages/zh-CN.json'
import { API_ERRORS, API_ERROR_CODES } from '@/lib/http'

type Catalog = { Api?: { errors?: Record<string, unknown> } }

describe('API error codes', () => {
  it.each([
    ['en', en as Catalog],
    ['zh-CN', zhCN as Catalog],
  ])(
    'every code has a message in the %s catalog, and no message lacks a code',
    (_locale, catalog) => {
      const messages = catalog.Api?.errors ?? {}
      for (const code of API_ERROR_CODES) {
        expect(messages[code], code).toEqual(expect.stringMatching(/\S/))
      }
      expect(Object.keys(messages).sort()).toEqual([...API_ERROR_CODES].sort())
    },
  )

  it('uses only client-error statuses except INTERNAL_ERROR', () => {
    for (const code of API_ERROR_CODES) {
      const { status } = API_ERRORS[code]
      if (code === 'INTERNAL_ERROR') expect(status).toBe(500)
      else expect(status >= 400 && status < 500, code).toBe(true)
    }
  })
})
