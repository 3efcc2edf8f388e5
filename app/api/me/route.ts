import { me } from '@/lib/auth'
import { handle, meResponse, readBearerToken, routeMethods, siteOrigin } from '@/lib/http'

export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = routeMethods({
  GET: handle(async (req) => {
    const token = readBearerToken(req)
    return meResponse(await me({ token, issuer: siteOrigin(req) }))
  }),
})
