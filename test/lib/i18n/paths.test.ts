import { localizeHref, stripLocale } from '@/lib/i18n/paths'

describe('localizeHref', () => {
  it('prefixes site paths with the locale, the home page without a trailing slash', () => {
    expect(localizeHref('/learn/header#alg', 'zh-CN')).toBe('/zh-CN/learn/header#alg')
    expect(localizeHref('/', 'en')).toBe('/en')
    expect(localizeHref('/#start', 'zh-CN')).toBe('/zh-CN#start')
    expect(localizeHref('/?q=1', 'en')).toBe('/en?q=1')
  })

  it('leaves external, protocol-relative, hash-only and already prefixed hrefs alone', () => {
    for (const href of [
      'https://www.rfc-editor.org/rfc/rfc7519',
      '//example.com/x',
      '#alg',
      '/zh-CN/learn',
      '/en',
    ])
      expect(localizeHref(href, 'en')).toBe(href)
  })

  it('is undone by stripLocale', () => {
    expect(stripLocale(localizeHref('/learn/glossary', 'zh-CN'))).toEqual({
      locale: 'zh-CN',
      path: '/learn/glossary',
    })
  })
})
