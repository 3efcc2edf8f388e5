// Next serves dot folders under app/ (checked with next build), so the JWKS lives at its RFC 8414 path.
import { GET as jwks } from '@/app/api/jwks/route'

export const dynamic = 'force-dynamic'
export const GET = jwks
