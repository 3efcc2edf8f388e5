import { routeMethods } from '@/lib/http'
import { labRoute, sessionRoute } from '@/lib/labs/http'

/** Starts a fresh instance of a lab: 200 { token }, the learner's role "user" session token. */
export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = routeMethods({
  POST: labRoute(sessionRoute, { session: true }),
})
