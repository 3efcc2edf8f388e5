import { routeMethods } from '@/lib/http'
import { jwksRoute, labRoute } from '@/lib/labs/http'

/** A lab instance's public keys (?sid=…), for the labs that sign with a key pair. */
export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = routeMethods({
  GET: labRoute(jwksRoute),
})
