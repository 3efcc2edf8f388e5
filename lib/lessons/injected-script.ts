/**
 * @module The storing-tokens lesson's "injected script": what an attacker's JavaScript running in
 * the page can do, as ordinary code the widget runs and shows (no eval). It looks for the token in
 * localStorage and in document.cookie, then calls the API to see whether the browser attaches the
 * HttpOnly cookie to its request anyway.
 */
import { LESSON_COOKIE, LESSON_COOKIE_ROUTE, LESSON_STORAGE_KEY } from './cookie-lesson'
import type { LessonCookieEcho } from './cookie-lesson'

export interface Loot {
  /** The token found in localStorage, or null. */
  fromStorage: string | null
  /** The token found in document.cookie, or null. */
  fromCookie: string | null
  /** How many cookies document.cookie showed the script at all. */
  visibleCookies: number
  /** Whether the browser sent the cookie with the script's request; null if the request failed. */
  cookieSent: boolean | null
}

/** What an injected script reaches: run by the widget's button, shown beside it. */
export async function injectedScript(): Promise<Loot> {
  let fromStorage: string | null = null
  try {
    fromStorage = localStorage.getItem(LESSON_STORAGE_KEY)
  } catch {
    // Site data blocked: the getter itself throws, and there is nothing to steal from it.
  }
  const cookies = document.cookie ? document.cookie.split('; ') : []
  const mine = cookies.find((pair) => pair.startsWith(`${LESSON_COOKIE.name}=`))
  const fromCookie = mine ? mine.slice(LESSON_COOKIE.name.length + 1) : null
  let cookieSent: boolean | null = null
  try {
    // The script cannot read the cookie, but the browser still attaches it to this request.
    const response = await fetch(LESSON_COOKIE_ROUTE, { credentials: 'same-origin' })
    if (response.ok) cookieSent = ((await response.json()) as LessonCookieEcho).sent
  } catch {
    cookieSent = null
  }
  return { fromStorage, fromCookie, visibleCookies: cookies.length, cookieSent }
}
