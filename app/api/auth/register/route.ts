import { RegisterBody, register } from '@/lib/auth'
import {
  assertSameOrigin,
  clientKey,
  handle,
  parseJson,
  registerResponse,
  routeMethods,
} from '@/lib/http'

export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = routeMethods({
  POST: handle(async (req) => {
    const body = await parseJson(req, RegisterBody)
    assertSameOrigin(req)
    return registerResponse(await register(body, { client: clientKey(req) }))
  }),
})
