import { routeMethods } from '@/lib/http'
import { labRoute, publicPemRoute } from '@/lib/labs/http'

/** The instance's RSA public key (?sid=…) as the exact PEM text its naive verifier is given. */
export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = routeMethods({
  GET: labRoute(publicPemRoute),
})
