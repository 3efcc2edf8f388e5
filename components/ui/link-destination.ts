/**
 * @module Which clicks on a link open another page of the site in this tab: shared by the link
 * router (which opens them without a reload) and the navigation progress bar.
 */
import { stripLocale } from '@/lib/i18n/paths'

/** The link an event happened in, if it leads to a page of the site (under a locale) in this tab. */
export function pageLink(target: EventTarget | null): HTMLAnchorElement | null {
  const anchor = (target as Element | null)?.closest?.('a[href]')
  if (!(anchor instanceof HTMLAnchorElement)) return null
  if ((anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return null
  // A link that asks for a full load (the offline page's: the service worker answers those).
  if (anchor.hasAttribute('data-reload')) return null
  if (anchor.origin !== window.location.origin) return null
  // Files and API routes (/.well-known/jwks.json, /api/…) are not pages: the browser opens them.
  return stripLocale(anchor.pathname).locale ? anchor : null
}

/** The page a click opens, or null: a modified or middle click, a new tab, the same page. */
export function clickedPageLink(event: MouseEvent, current: string): HTMLAnchorElement | null {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return null
  const anchor = pageLink(event.target)
  return anchor && anchor.pathname !== current ? anchor : null
}
