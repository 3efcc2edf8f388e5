/**
 * @module What the storing-tokens widget, its injected script and its route agree on: the
 * cookie, the localStorage key, the route and the token the route accepts. No `server-only`:
 * both sides import it.
 */
import type { CookieSpec } from '@/lib/contract'

/**
 * The lesson's HttpOnly cookie. Its path is `/`, not the route's own: a cookie scoped to
 * `/api/lessons` would be missing from `document.cookie` on the lesson page because of its path
 * alone, and the widget could not show that it is `HttpOnly` that hides it. It holds a public demo
 * token for five minutes, and no route but this one reads it.
 */
export const LESSON_COOKIE = {
  name: 'jwtpg_lesson_token',
  path: '/',
} as const satisfies CookieSpec
export const LESSON_COOKIE_MAX_AGE_S = 5 * 60

/** Where the widget keeps the same token in localStorage. */
export const LESSON_STORAGE_KEY = 'jwtpg-lesson-token'

export const LESSON_COOKIE_ROUTE = '/api/lessons/cookie'

/** GET's answer: whether the browser sent the cookie; never its value. */
export type LessonCookieEcho = { sent: boolean }
