import createMiddleware from 'next-intl/middleware'
import { routing } from '@/lib/i18n/routing'

// Locale negotiation (Accept-Language, then the NEXT_LOCALE cookie) and the /en or /zh-CN prefix.
export default createMiddleware(routing)

export const config = {
  // Everything but the API, Next's own files, the JWKS and files with an extension.
  matcher: ['/((?!api|_next|_vercel|\\.well-known|.*\\..*).*)'],
}
