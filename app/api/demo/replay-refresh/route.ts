import { replayRefresh } from '@/lib/auth'
import { PREVIOUS_REFRESH_COOKIE } from '@/lib/contract'
import {
  assertSameOrigin,
  handle,
  readCookie,
  replayResponse,
  routeMethods,
  siteOrigin,
} from '@/lib/http'

/** POST /api/demo/replay-refresh: the demo page's attacker (see replayRefresh in lib/auth). */
export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = routeMethods({
  POST: handle(async (req) => {
    assertSameOrigin(req)
    const spent = readCookie(req, PREVIOUS_REFRESH_COOKIE.name)
    return replayResponse(req, spent, await replayRefresh({ spent, issuer: siteOrigin(req) }))
  }),
})
