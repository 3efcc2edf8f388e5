import { routeMethods } from '@/lib/http'
import { adminRoute, labRoute } from '@/lib/labs/http'

/** The lab's admin page behind its vulnerable verifier, or the hardened one (?verifier=hardened). */
export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = routeMethods({
  GET: labRoute(adminRoute),
})
