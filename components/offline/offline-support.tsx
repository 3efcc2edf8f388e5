'use client'
/**
 * @module Registers the service worker (app/sw.ts) once the page has loaded, asks it to keep the
 * reader's locale for offline reading, offers a new version without forcing it, and tells the
 * reader of the demo and the labs that those pages need the network while it is gone.
 * Hand-written on navigator.serviceWorker instead of @serwist/window's SerwistProvider: it is
 * a few hundred bytes where the provider adds several KB to every page, and the provider reloads
 * the page whenever the network returns, which would throw away what the reader typed.
 */
import { usePathname } from 'next/navigation'
import { useEffect, useState, useSyncExternalStore } from 'react'
import type { Locale } from '@/lib/i18n/routing'
import type { NetworkMessage, StopWarmMessage, WarmMessage } from '@/lib/offline/plan'

export type OfflineStrings = {
  updateReady: string
  reload: string
  later: string
  demoOffline: string
  labsOffline: string
}

/** Runs `task` once the page has loaded and the main thread is idle, so it never competes. */
function afterLoadAndIdle(task: () => void): () => void {
  let cancelled = false
  const run = () => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1))
    idle(() => !cancelled && task())
  }
  if (document.readyState === 'complete') run()
  else window.addEventListener('load', run, { once: true })
  return () => {
    cancelled = true
    window.removeEventListener('load', run)
  }
}

function subscribeToConnection(onChange: () => void) {
  window.addEventListener('online', onChange)
  window.addEventListener('offline', onChange)
  return () => {
    window.removeEventListener('online', onChange)
    window.removeEventListener('offline', onChange)
  }
}

// Only a production build has a worker to register; `next dev` never installs one.
const enabled = () => process.env.NODE_ENV === 'production' && 'serviceWorker' in navigator

export function OfflineSupport({ locale, strings }: { locale: Locale; strings: OfflineStrings }) {
  // The registration while a new version waits in it (null: nothing to offer, or dismissed).
  const [update, setUpdate] = useState<ServiceWorkerRegistration | null>(null)
  const connected = useSyncExternalStore(
    subscribeToConnection,
    () => navigator.onLine,
    () => true,
  )
  // The worker saw an /api/ request fail although the browser claims a connection.
  const [unreachable, setUnreachable] = useState(false)
  const pathname = usePathname()

  useEffect(() => {
    if (!enabled()) return
    const container = navigator.serviceWorker
    return afterLoadAndIdle(async () => {
      // Refused in some private modes and by policy (and stubbed by test tools): the site then
      // simply works online only.
      const registration = await container
        .register('/serwist/sw.js', { scope: '/', type: 'module' })
        .catch(() => undefined)
      if (!registration) return
      // A worker waiting while another controls this page is a new version.
      const offer = () => registration.waiting && container.controller && setUpdate(registration)
      offer()
      registration.addEventListener('updatefound', () =>
        registration.installing?.addEventListener('statechange', offer),
      )
    })
  }, [])

  useEffect(() => {
    if (!enabled()) return
    return afterLoadAndIdle(async () => {
      const registration = await navigator.serviceWorker.ready
      registration.active?.postMessage({ type: 'WARM', locale } satisfies WarmMessage)
    })
  }, [locale])

  useEffect(() => {
    const heard = (event: MessageEvent<NetworkMessage>) =>
      event.data?.type === 'NETWORK' && setUnreachable(!event.data.online)
    const back = () => setUnreachable(false)
    window.addEventListener('online', back)
    navigator.serviceWorker?.addEventListener('message', heard)
    return () => {
      window.removeEventListener('online', back)
      navigator.serviceWorker?.removeEventListener('message', heard)
    }
  }, [])

  // Unreachable while connected: no `online` event will come, so ask again now and then.
  useEffect(() => {
    if (!unreachable || !connected) return
    const timer = setInterval(
      () =>
        void fetch('/api/jwks', { cache: 'no-store' }).then(
          () => setUnreachable(false),
          () => {},
        ),
      10_000,
    )
    return () => clearInterval(timer)
  }, [unreachable, connected])

  const reload = () => {
    // The worker waiting now, not the one first offered: a newer one may have replaced it, and
    // another tab may have taken it already (then there is none, and this page just reloads).
    const next = update?.waiting
    if (!next) return location.reload()
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
      once: true,
    })
    next.addEventListener('statechange', () => next.state === 'redundant' && location.reload())
    // The worker in control stops its warm-up first: until it does, the new one cannot activate.
    navigator.serviceWorker.controller?.postMessage({ type: 'STOP_WARM' } satisfies StopWarmMessage)
    next.postMessage({ type: 'SKIP_WAITING' })
  }

  const area = /^\/[^/]+\/(demo|labs)(\/|$)/.exec(pathname)?.[1]
  const button =
    'rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2'

  return (
    <>
      <div aria-live="polite">
        {(!connected || unreachable) && area && (
          <p className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
            {area === 'demo' ? strings.demoOffline : strings.labsOffline}
          </p>
        )}
      </div>
      <div aria-live="polite" className="fixed inset-x-3 bottom-3 z-50 sm:left-auto sm:w-96">
        {update && (
          <div className="flex flex-wrap items-center gap-3 rounded-lg border border-zinc-200 bg-white p-4 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
            <p className="min-w-40 flex-1">{strings.updateReady}</p>
            {/* The two buttons wrap together, so Reload stays last on a narrow screen too. */}
            <div className="ml-auto flex gap-2">
              <button
                type="button"
                onClick={() => setUpdate(null)}
                className={`${button} text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800`}
              >
                {strings.later}
              </button>
              <button
                type="button"
                onClick={reload}
                className={`${button} bg-indigo-700 text-white hover:bg-indigo-800 dark:bg-indigo-400 dark:text-zinc-950 dark:hover:bg-indigo-300`}
              >
                {strings.reload}
              </button>
            </div>
          </div>
        )}
      </div>
    </>
  )
}
