/**
 * @module What the service worker keeps for offline reading, shared by the worker (app/sw.ts),
 * the page that registers it and the tests. Pure: no React, no Next, no worker globals.
 */
import { COURSE, GLOSSARY_SLUG, SITE_PAGES } from '@/lib/lessons/course'
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/routing'

/** Every cache of pages starts with this, followed by the build's revision. */
export const PAGES_CACHE_PREFIX = 'pages-'

/**
 * Whether the worker may ever store a response to this request: a same-origin GET without an
 * Authorization header, outside the API and the worker's own files. Cookies are not looked at
 * here because no API request gets this far; page loads carry only the locale cookie.
 * @example mayStore(new Request('https://site/api/me'), 'https://site') // false
 */
export function mayStore(request: Pick<Request, 'method' | 'url' | 'headers'>, origin: string) {
  const url = new URL(request.url)
  return (
    url.origin === origin &&
    request.method === 'GET' &&
    !request.headers.has('Authorization') &&
    !isApi(url.pathname) &&
    !url.pathname.startsWith('/serwist/')
  )
}

/** Paths the worker passes straight to the network, never to a cache. */
export function isApi(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/')
}

/** The labs' index; every page it links to under the same prefix is kept too. */
const LABS = '/labs'

/** The page shown for a navigation that is neither online nor kept, e.g. `/zh-CN/offline`. */
export function offlinePath(pathname: string): string {
  return `/${localeOf(pathname)}/offline`
}

/**
 * The locale of a path, or the default one for a path without it.
 * @example localeOf('/zh-CN/learn/header') // 'zh-CN'
 */
export function localeOf(pathname: string): Locale {
  const first = pathname.split('/')[1]
  return isLocale(first) ? first : defaultLocale
}

/**
 * The pages warmed in the background for one locale: the site's pages, every lesson, the
 * glossary and the labs' index.
 * @example warmPaths('en').includes('/en/learn/header') // true
 */
export function warmPaths(locale: Locale): string[] {
  const site = SITE_PAGES.map((page) => (page === '/' ? `/${locale}` : `/${locale}${page}`))
  const lessons = [...COURSE, GLOSSARY_SLUG].map((slug) => `/${locale}/learn/${slug}`)
  return [...new Set([...site, ...lessons, `/${locale}${LABS}`])]
}

/**
 * The lab pages an HTML page links to (only the labs' index is read), so labs added later are
 * kept without a list to maintain here.
 * @example labLinks('en', '/en/labs', '<a href="/en/labs/alg-none">') // ['/en/labs/alg-none']
 */
export function labLinks(locale: Locale, path: string, html: string): string[] {
  const index = `/${locale}${LABS}`
  if (path !== index) return []
  const links = html.matchAll(/href="(\/[^"?#]+)/g)
  return [...new Set([...links].map((m) => m[1]!).filter((href) => href.startsWith(`${index}/`)))]
}

/** The message a page sends its worker to warm a locale's pages. */
export type WarmMessage = { type: 'WARM'; locale: Locale }

export function isWarmMessage(data: unknown): data is WarmMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as WarmMessage).type === 'WARM' &&
    isLocale((data as WarmMessage).locale)
  )
}

/**
 * The message a page sends the worker in control before it lets a new version take over. The
 * browser activates the new worker only once the old one has no event left in progress, and the
 * warm-up holds one until the whole course is fetched: without this, "Reload" waits for it.
 */
export type StopWarmMessage = { type: 'STOP_WARM' }

export function isStopWarmMessage(data: unknown): data is StopWarmMessage {
  return typeof data === 'object' && data !== null && (data as StopWarmMessage).type === 'STOP_WARM'
}

/** The worker's word on an /api/ request it passed on: whether the network answered. */
export type NetworkMessage = { type: 'NETWORK'; online: boolean }

/**
 * True when every script and stylesheet of the build an HTML page names is in `precached` (the
 * paths this worker precached): a page of this build. While an old worker still controls the
 * tab after a deploy, the network answers with the new build's pages, whose chunks the old
 * precache does not hold; kept, such a page would load broken offline.
 * @example pageOfThisBuild('<script src="/_next/static/chunks/a.js">', new Set(['/_next/static/chunks/a.js'])) // true
 */
export function pageOfThisBuild(html: string, precached: ReadonlySet<string>): boolean {
  for (const [path] of html.matchAll(/\/_next\/static\/[^"'\\\s)]+\.(?:js|css)/g))
    if (!precached.has(path)) return false
  return true
}
