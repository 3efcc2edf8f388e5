import { LoginBody, login } from '@/lib/auth'
import { handle, parseJson, routeMethods } from '@/lib/http'

export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = routeMethods({
  POST: handle(async (req) => login(req, await parseJson(req, LoginBody))),
})
