/**
 * @module The service worker (bundled by @serwist/turbopack through app/serwist/[path]/route.ts).
 *
 * - Precached at install: every file of this build under /_next/static (Monaco and its workers
 *   included), the icons, and the two offline fallback pages.
 * - Pages: network first, kept in a cache named after this build, so a page never outlives the
 *   chunks it names. After the first page has loaded, the window asks for a warm-up (`WARM`): the
 *   reader's locale's home, course, every lesson, glossary, playground, demo and labs are fetched
 *   one at a time at low priority.
 * - Never stored: anything under /api/, anything with an Authorization header, any non-GET. The
 *   /api/ requests go straight to the network; the worker only tells the page whether they failed.
 * - Updates wait: a new worker installs and waits until the reader presses "Reload" (the page
 *   sends SKIP_WAITING), so nothing changes under a session.
 */
/// <reference lib="webworker" />
import {
  CacheableResponsePlugin,
  NetworkFirst,
  Serwist,
  type PrecacheEntry,
  type SerwistGlobalConfig,
  type SerwistPlugin,
} from 'serwist'
import type { Locale } from '@/lib/i18n/routing'
import {
  PAGES_CACHE_PREFIX,
  isApi,
  isStopWarmMessage,
  isWarmMessage,
  labLinks,
  mayStore,
  offlinePath,
  pageOfThisBuild,
  warmPaths,
  type NetworkMessage,
} from '@/lib/offline/plan'

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined
  }
}

declare const self: ServiceWorkerGlobalScope
/** One revision a build (app/serwist/[path]/route.ts): the fallback pages and pages cache carry it. */
declare const __BUILD_REVISION__: string

const pagesCache = `${PAGES_CACHE_PREFIX}${__BUILD_REVISION__}`

// A navigation that neither the network nor the cache can answer gets the offline page in the
// reader's language.
const offlineFallback: SerwistPlugin = {
  handlerDidError: async ({ request }) =>
    (await serwist.matchPrecache(offlinePath(new URL(request.url).pathname))) ?? Response.error(),
}

// Turbopack starts every web worker (Monaco's, the crypto one) from one bootstrap script whose
// URL carries its chunk list in `#params=` (or `?params=` for shared workers). A worker reads
// that from its own location, which is the response's URL: the precached copy has none of it.
// A fresh Response has no URL, so the worker gets the one it asked for.
const workerKeepsItsUrl: SerwistPlugin = {
  cachedResponseWillBeUsed: async ({ event, cachedResponse }) => {
    const destination = (event as FetchEvent | undefined)?.request?.destination
    if (!cachedResponse || (destination !== 'worker' && destination !== 'sharedworker'))
      return cachedResponse
    return new Response(cachedResponse.body, cachedResponse)
  },
}

// The paths this worker precached, to keep only pages of its own build (see pageOfThisBuild).
const precached = new Set(
  (self.__SW_MANIFEST ?? []).map(
    (entry) =>
      new URL(typeof entry === 'string' ? entry : entry.url, self.location.origin).pathname,
  ),
)
const thisBuildOnly: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) =>
    pageOfThisBuild(await response.clone().text(), precached) ? response : null,
}

const pages = new NetworkFirst({
  cacheName: pagesCache,
  // Next varies pages on its RSC headers; a navigation never sends them, so Vary only gets in
  // the way of matching a page warmed by the worker itself.
  matchOptions: { ignoreVary: true },
  plugins: [new CacheableResponsePlugin({ statuses: [200] }), thisBuildOnly, offlineFallback],
})

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST ?? [],
  precacheOptions: {
    cleanupOutdatedCaches: true,
    concurrency: 4,
    plugins: [workerKeepsItsUrl],
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^params$/],
  },
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: ({ request }) =>
        request.mode === 'navigate' && mayStore(request, self.location.origin),
      handler: pages,
    },
  ],
})

// The API: straight to the network, never to a cache. The page hears whether the network
// answered, so the demo and the labs can say they are offline and come back by themselves.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url)
  if (url.origin !== self.location.origin || !isApi(url.pathname)) return
  event.respondWith(
    fetch(event.request).then(
      (response) => {
        void tell(event.clientId, true)
        return response
      },
      (error: unknown) => {
        void tell(event.clientId, false)
        throw error
      },
    ),
  )
})

async function tell(clientId: string, online: boolean) {
  const client = clientId ? await self.clients.get(clientId) : undefined
  client?.postMessage({ type: 'NETWORK', online } satisfies NetworkMessage)
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(PAGES_CACHE_PREFIX) && name !== pagesCache)
            .map((name) => caches.delete(name)),
        ),
      ),
  )
})

/** Fetches one page into the pages cache unless it is there; returns its HTML ('' if none). */
async function warmOne(cache: Cache, path: string, signal: AbortSignal): Promise<string> {
  const url = new URL(path, self.location.origin)
  const cached = await cache.match(url, { ignoreVary: true })
  if (cached) return cached.text()
  try {
    // Low priority, and never the Authorization header: these are plain page loads.
    const response = await fetch(url, { priority: 'low', signal } as RequestInit)
    if (response.status !== 200 || response.redirected) return ''
    const html = await response.text()
    if (!pageOfThisBuild(html, precached)) return ''
    await cache.put(url, new Response(html, response))
    return html
  } catch {
    return ''
  }
}

async function warm(locale: Locale, signal: AbortSignal) {
  const cache = await caches.open(pagesCache)
  const queue = warmPaths(locale)
  // One page at a time, so the warm-up never competes with what the reader is doing.
  for (let i = 0; i < queue.length && !signal.aborted; i++) {
    const path = queue[i]!
    const html = await warmOne(cache, path, signal)
    for (const link of labLinks(locale, path, html)) if (!queue.includes(link)) queue.push(link)
  }
}

const warming = new Map<Locale, Promise<void>>()
// Aborted when a page lets a new version take over (STOP_WARM); then a new one for later warm-ups.
let stopWarming = new AbortController()

self.addEventListener('message', (event) => {
  const data: unknown = event.data
  if (isStopWarmMessage(data)) {
    stopWarming.abort()
    stopWarming = new AbortController()
    return
  }
  if (!isWarmMessage(data)) return
  let done = warming.get(data.locale)
  if (!done) {
    done = warm(data.locale, stopWarming.signal).finally(() => warming.delete(data.locale))
    warming.set(data.locale, done)
  }
  event.waitUntil(
    done.then(() => {
      for (const port of event.ports) port.postMessage({ type: 'WARMED', locale: data.locale })
    }),
  )
})

serwist.addEventListeners()
