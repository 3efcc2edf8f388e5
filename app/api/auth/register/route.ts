import { RegisterBody, register } from '@/lib/auth'
import { handle, parseJson, routeMethods } from '@/lib/http'

export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = routeMethods({
  POST: handle(async (req) => register(req, await parseJson(req, RegisterBody))),
})
