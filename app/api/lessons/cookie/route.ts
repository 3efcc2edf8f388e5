import { LessonCookieBody } from '@/lib/lessons/cookie-body'
import { LESSON_COOKIE, LESSON_COOKIE_MAX_AGE_S } from '@/lib/lessons/cookie-lesson'
import { setCookieLine } from '@/lib/contract'
import {
  assertSameOrigin,
  handle,
  isHttps,
  jsonResponse,
  parseJson,
  readCookie,
  routeMethods,
} from '@/lib/http'

/**
 * The storing-tokens lesson's cookie: POST stores a demo token in a short-lived HttpOnly cookie,
 * GET says whether the browser sent it (never its value), DELETE removes it. No rate limit: it
 * keeps no state and does no work beyond one header, like /api/me's refusals.
 */
export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = routeMethods({
  POST: handle(async (req) => {
    assertSameOrigin(req)
    const { token } = await parseJson(req, LessonCookieBody)
    const cookie = setCookieLine(LESSON_COOKIE, token, {
      maxAgeSeconds: LESSON_COOKIE_MAX_AGE_S,
      secure: isHttps(req),
    })
    return jsonResponse({ stored: true }, { headers: { 'Set-Cookie': cookie } })
  }),
  GET: handle(async (req) =>
    jsonResponse({ sent: readCookie(req, LESSON_COOKIE.name) !== undefined }),
  ),
  DELETE: handle(async (req) => {
    assertSameOrigin(req)
    const cookie = setCookieLine(LESSON_COOKIE, '', {
      maxAgeSeconds: 0,
      secure: isHttps(req),
      expired: true,
    })
    return jsonResponse({ stored: false }, { headers: { 'Set-Cookie': cookie } })
  }),
})
