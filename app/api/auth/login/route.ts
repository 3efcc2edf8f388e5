import { LoginBody, login } from '@/lib/auth'
import {
  assertSameOrigin,
  clientKey,
  handle,
  loginResponse,
  parseJson,
  routeMethods,
  siteOrigin,
} from '@/lib/http'

export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = routeMethods({
  POST: handle(async (req) => {
    const body = await parseJson(req, LoginBody)
    assertSameOrigin(req)
    const context = { issuer: siteOrigin(req), client: clientKey(req) }
    return loginResponse(req, await login(body, context))
  }),
})
