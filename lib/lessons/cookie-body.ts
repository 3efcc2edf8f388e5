/**
 * @module The POST body of /api/lessons/cookie, apart from ./cookie-lesson so that zod stays out
 * of the widget's browser chunk.
 */
import { z } from 'zod'

/** POST body: a compact JWS, whose characters are all safe in a cookie value. */
export const LessonCookieBody = z.object({
  token: z
    .string()
    .max(2048)
    .regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/, 'a compact JWS'),
})
