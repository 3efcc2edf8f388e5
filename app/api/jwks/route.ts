import { getAuthStore, publicJwks } from '@/lib/auth'
import { handle, jsonResponse, routeMethods } from '@/lib/http'

// Keys rotate at run time: never prerender this at build.
export const dynamic = 'force-dynamic'

/** The public signing keys (JWKS), also served at /.well-known/jwks.json. */
export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = routeMethods({
  GET: handle(async () => {
    const response = jsonResponse(await publicJwks(await getAuthStore()))
    // Short, so a rotation is picked up quickly by verifiers that cache the set.
    response.headers.set('Cache-Control', 'public, max-age=60')
    return response
  }),
})
