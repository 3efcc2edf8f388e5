import { me } from '@/lib/auth'
import { handle, routeMethods } from '@/lib/http'

export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = routeMethods({
  GET: handle(me),
})
