import { replayRefresh } from '@/lib/auth'
import { handle, routeMethods } from '@/lib/http'

/** POST /api/demo/replay-refresh: the demo page's attacker (see replayRefresh in lib/auth). */
export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = routeMethods({
  POST: handle(replayRefresh),
})
