// Next serves dot folders under app/ (checked with next build), so the JWKS lives at its RFC 8414 path.
export { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } from '@/app/api/jwks/route'

export const dynamic = 'force-dynamic'
