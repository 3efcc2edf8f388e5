import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import {
  isStopWarmMessage,
  isWarmMessage,
  labLinks,
  localeOf,
  mayStore,
  pageOfThisBuild,
  offlinePath,
  warmPaths,
} from '@/lib/offline/plan'

const ORIGIN = 'https://jwt.example'
const lessonsDir = join(process.cwd(), 'content/lessons')

describe('warmPaths', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    it(`keeps every page of the ${locale} course, written on disk, and only ${locale}`, () => {
      const paths = warmPaths(locale)
      const written = readdirSync(lessonsDir).filter((slug) =>
        existsSync(join(lessonsDir, slug, `${locale}.mdx`)),
      )
      expect(written.length).toBeGreaterThan(5)
      for (const slug of written) expect(paths).toContain(`/${locale}/learn/${slug}`)
      for (const page of ['', '/learn', '/playground', '/demo', '/labs'])
        expect(paths).toContain(`/${locale}${page}`)
      expect(paths.every((path) => path === `/${locale}` || path.startsWith(`/${locale}/`))).toBe(
        true,
      )
    })
  }
})

describe('labLinks', () => {
  const html =
    '<a href="/en/labs/alg-none">a</a><a href="/en/labs/kid-injection?x=1#top">b</a>' +
    '<a href="/en/labs/alg-none">again</a><a href="/en/learn/header">lesson</a>' +
    '<a href="/zh-CN/labs/alg-none">other language</a><a href="https://evil.example/en/labs/x">x</a>' +
    '<a href="/en/labsfoo">not under the labs</a><a href="/en/labs">itself</a>'

  it('reads the labs under the index, once each, in the index’s language', () => {
    expect(labLinks('en', '/en/labs', html)).toEqual([
      '/en/labs/alg-none',
      '/en/labs/kid-injection',
    ])
  })

  it('reads no other page', () => {
    expect(labLinks('en', '/en/learn', html)).toEqual([])
    expect(labLinks('zh-CN', '/en/labs', html)).toEqual([])
  })
})

describe('mayStore', () => {
  const stored = (url: string, init?: RequestInit) => mayStore(new Request(url, init), ORIGIN)

  it('stores a same-origin page load', () => {
    expect(stored(`${ORIGIN}/en/learn/header`)).toBe(true)
  })

  const never: [string, string, RequestInit?][] = [
    ['an API read', `${ORIGIN}/api/me`],
    ['the API root', `${ORIGIN}/api`],
    ['an API read with a token', `${ORIGIN}/api/me`, { headers: { Authorization: 'Bearer x' } }],
    [
      'a page with an Authorization header',
      `${ORIGIN}/en`,
      { headers: { Authorization: 'Bearer x' } },
    ],
    ['a POST', `${ORIGIN}/en/demo`, { method: 'POST', body: '{}' }],
    ['another origin', 'https://other.example/en'],
    ['the worker itself', `${ORIGIN}/serwist/sw.js`],
  ]
  for (const [what, url, init] of never) {
    it(`never stores ${what}`, () => expect(stored(url, init)).toBe(false))
  }
})

describe('offlinePath and localeOf', () => {
  it('answers in the language of the path, the default one without it', () => {
    expect(offlinePath('/zh-CN/learn/header')).toBe('/zh-CN/offline')
    expect(offlinePath('/en/playground')).toBe('/en/offline')
    expect(offlinePath('/')).toBe('/en/offline')
    expect(localeOf('/fr/learn')).toBe('en')
    expect(localeOf('/zh-cn/learn')).toBe('en')
  })
})

describe('isWarmMessage', () => {
  it('accepts a site locale only', () => {
    expect(isWarmMessage({ type: 'WARM', locale: 'zh-CN' })).toBe(true)
    for (const bad of [null, 'WARM', {}, { type: 'WARM' }, { type: 'WARM', locale: 'fr' }])
      expect(isWarmMessage(bad)).toBe(false)
  })
})

describe('isStopWarmMessage', () => {
  it('accepts the stop message only', () => {
    expect(isStopWarmMessage({ type: 'STOP_WARM' })).toBe(true)
    for (const bad of [null, 'STOP_WARM', {}, { type: 'WARM', locale: 'en' }])
      expect(isStopWarmMessage(bad)).toBe(false)
  })
})

describe('pageOfThisBuild', () => {
  const precached = new Set(['/_next/static/chunks/a.js', '/_next/static/chunks/b.css'])
  it('keeps a page whose scripts and styles are all precached', () => {
    const html =
      '<link rel="stylesheet" href="/_next/static/chunks/b.css"/><script src="/_next/static/chunks/a.js" async=""></script>' +
      '<script>self.__next_f.push([1,"I[1,[\\"/_next/static/chunks/a.js\\"]]"])</script>'
    expect(pageOfThisBuild(html, precached)).toBe(true)
  })
  it('refuses a page that names a chunk of another build', () => {
    const html =
      '<script src="/_next/static/chunks/a.js"></script><script>"/_next/static/chunks/new.js"</script>'
    expect(pageOfThisBuild(html, precached)).toBe(false)
  })
})
