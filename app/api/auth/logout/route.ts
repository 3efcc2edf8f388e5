import { logout } from '@/lib/auth'
import { REFRESH_COOKIE } from '@/lib/contract'
import { assertSameOrigin, handle, logoutResponse, readCookie, routeMethods } from '@/lib/http'

export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = routeMethods({
  POST: handle(async (req) => {
    assertSameOrigin(req)
    await logout({ presented: readCookie(req, REFRESH_COOKIE.name) })
    return logoutResponse(req)
  }),
})
