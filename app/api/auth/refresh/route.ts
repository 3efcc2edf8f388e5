import { refresh } from '@/lib/auth'
import { REFRESH_COOKIE } from '@/lib/contract'
import {
  assertSameOrigin,
  handle,
  readCookie,
  refreshResponse,
  routeMethods,
  siteOrigin,
} from '@/lib/http'

export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = routeMethods({
  POST: handle(async (req) => {
    assertSameOrigin(req)
    const presented = readCookie(req, REFRESH_COOKIE.name)
    return refreshResponse(req, presented, await refresh({ presented, issuer: siteOrigin(req) }))
  }),
})
