import { notFoundRoute } from '@/lib/http'

/** Any /api path no route file claims: 404 problem+json, not the site's HTML 404 page. */
export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = notFoundRoute()
