import { NextRequest, NextResponse } from 'next/server'
import createMiddleware from 'next-intl/middleware'
import { foreignLocalePrefix } from '@/lib/i18n/foreign-locale'
import { routing } from '@/lib/i18n/routing'

const handleLocale = createMiddleware(routing)

// Locale negotiation (Accept-Language, then the NEXT_LOCALE cookie) and the /en or /zh-CN prefix.
// A language prefix this site does not have (/fr/learn) is dropped, so the visitor lands on the
// same page in the negotiated locale (/en/learn), not on a 404 at /en/fr/learn; one that names a
// language the site has (/zh-TW/learn, /en-GB/learn) goes to that language.
export default function proxy(request: NextRequest) {
  const foreign = foreignLocalePrefix(request.nextUrl.pathname)
  if (!foreign) return handleLocale(request)
  const url = request.nextUrl.clone()
  if (foreign.locale) {
    url.pathname = `/${foreign.locale}${foreign.rest === '/' ? '' : foreign.rest}`
    return NextResponse.redirect(url)
  }
  url.pathname = foreign.rest
  return handleLocale(new NextRequest(url, { headers: request.headers }))
}

export const config = {
  // Everything but the API, Next's own files, the JWKS and files with an extension.
  matcher: ['/((?!api|_next|_vercel|\\.well-known|.*\\..*).*)'],
}
