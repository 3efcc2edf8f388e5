import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server'
import { NextRequest } from 'next/server'
import proxy, { config } from '@/proxy'

function request(path: string, headers: Record<string, string> = {}) {
  return new NextRequest(new URL(path, 'http://localhost:3000'), { headers })
}

async function redirectTarget(path: string, headers: Record<string, string> = {}) {
  const response = await proxy(request(path, headers))
  const location = response.headers.get('location')
  return location ? new URL(location).pathname : null
}

describe('locale proxy', () => {
  it.each([
    ['zh-CN,zh;q=0.9,en;q=0.8', '/zh-CN'],
    ['zh', '/zh-CN'],
    ['zh-TW,zh;q=0.9', '/zh-CN'],
    ['en-US,en;q=0.9', '/en'],
    ['fr-FR,fr;q=0.9', '/en'],
    ['', '/en'],
  ])('redirects / with Accept-Language %j to %s', async (acceptLanguage, target) => {
    const headers: Record<string, string> = acceptLanguage
      ? { 'accept-language': acceptLanguage }
      : {}
    expect(await redirectTarget('/', headers)).toBe(target)
  })

  it('prefers the remembered choice in the NEXT_LOCALE cookie over Accept-Language', async () => {
    expect(
      await redirectTarget('/', { 'accept-language': 'en-US', cookie: 'NEXT_LOCALE=zh-CN' }),
    ).toBe('/zh-CN')
    expect(
      await redirectTarget('/', { 'accept-language': 'zh-CN', cookie: 'NEXT_LOCALE=en' }),
    ).toBe('/en')
  })

  it('prefixes an unprefixed path with the negotiated locale', async () => {
    expect(await redirectTarget('/learn/header', { 'accept-language': 'zh-CN' })).toBe(
      '/zh-CN/learn/header',
    )
  })

  it('leaves a prefixed path where it is', async () => {
    expect(await redirectTarget('/zh-CN/learn', { 'accept-language': 'en' })).toBeNull()
  })

  it.each([
    ['/fr/learn', 'en-US,en;q=0.9', '/en/learn'],
    ['/fr/learn', 'zh-CN,zh;q=0.9', '/zh-CN/learn'],
    ['/de-DE/learn/header', 'zh', '/zh-CN/learn/header'],
    ['/fr', 'en', '/en'],
    ['/pt_BR/playground', 'en', '/en/playground'],
    // A prefix in one of the site's languages goes to that language, whatever the browser says.
    ['/zh-TW/learn', 'en-US', '/zh-CN/learn'],
    ['/zh/learn/header', 'en-US', '/zh-CN/learn/header'],
    ['/en-GB/demo', 'zh-CN', '/en/demo'],
  ])('sends the unknown locale prefix in %s (Accept-Language %j) to %s', async (path, al, to) => {
    expect(await redirectTarget(path, { 'accept-language': al })).toBe(to)
  })

  it('keeps the query string when it drops an unknown locale prefix', async () => {
    const response = await proxy(request('/fr/learn?from=mail', { 'accept-language': 'en' }))
    expect(new URL(response.headers.get('location')!).search).toBe('?from=mail')
  })

  it('treats a first segment that is no language as a path to prefix (so it can 404)', async () => {
    for (const path of ['/foo/learn', '/xyz', '/learn', '/playground'])
      expect(await redirectTarget(path, { 'accept-language': 'en' }), path).toBe(`/en${path}`)
  })

  it('never runs on the API, Next assets, the JWKS or files', () => {
    const matches = (url: string) => unstable_doesMiddlewareMatch({ config, url })
    for (const path of [
      '/api/me',
      '/api/auth/login',
      '/_next/static/x.js',
      '/.well-known/jwks.json',
      '/icon.svg',
    ]) {
      expect(matches(path), path).toBe(false)
    }
    for (const path of ['/', '/en', '/zh-CN/learn/header', '/playground', '/fr/learn']) {
      expect(matches(path), path).toBe(true)
    }
  })
})
