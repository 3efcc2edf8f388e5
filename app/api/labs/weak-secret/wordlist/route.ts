import { routeMethods } from '@/lib/http'
import { labRoute, wordlistRoute } from '@/lib/labs/http'

/** The word list the weak-secret lab's browser cracker tries, one word a line. */
export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = routeMethods({
  GET: labRoute(wordlistRoute),
})
