/** @module Small readers for request metadata: the site's origin, https, cookies, Origin checks. */
import { PEER_PROTO_HEADER, connectionHookInstalled, trustedProxyHops } from './client-address'
import { ApiError } from './errors'

/** The last value of a comma-separated header, as the nearest proxy wrote it. */
function nearest(req: Request, name: string): string | undefined {
  return req.headers.get(name)?.split(',').at(-1)?.trim() || undefined
}

/** `host[:port]`, or a bracketed IPv6 literal with an optional port: nothing else. */
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i

/**
 * The scheme the client used: https on a TLS socket (the connection hook says so), or when a
 * trusted proxy (`TRUST_PROXY` ≥ 1) says so in `X-Forwarded-Proto`; http otherwise. `req.url`
 * is no witness: Next builds it from the client's own `X-Forwarded-Proto`.
 */
function requestScheme(req: Request): 'http' | 'https' {
  if (connectionHookInstalled() && req.headers.get(PEER_PROTO_HEADER) === 'https') return 'https'
  if (trustedProxyHops() > 0 && nearest(req, 'x-forwarded-proto')?.toLowerCase() === 'https') {
    return 'https'
  }
  return 'http'
}

/**
 * The origin this request was sent to: `APP_ORIGIN` when set; else the scheme (above) and the
 * `Host` header (or a trusted proxy's `X-Forwarded-Host`), so the site works under whatever name
 * serves it (localhost, 127.0.0.1, [::1], a domain). Null when the host is missing or not a
 * host. It is the issuer (`iss`) of our tokens, so a token is only valid on the host it came from.
 *
 * @example requestOrigin(new Request('http://x/', { headers: { host: '127.0.0.1:3000' } })) // 'http://127.0.0.1:3000'
 */
export function requestOrigin(req: Request): string | null {
  const configured = process.env.APP_ORIGIN
  if (configured) return new URL(configured).origin
  const host =
    (trustedProxyHops() > 0 ? nearest(req, 'x-forwarded-host') : undefined) ??
    req.headers.get('host')?.trim()
  if (!host || !HOST.test(host)) return null
  try {
    return new URL(`${requestScheme(req)}://${host}`).origin
  } catch {
    return null
  }
}

/** The site's origin for this request (see requestOrigin), or the URL's when the host is unusable. */
export function siteOrigin(req: Request): string {
  return requestOrigin(req) ?? new URL(req.url).origin
}

/** True when the client reached us over https (directly or through a trusted proxy that says so). */
export function isHttps(req: Request): boolean {
  const configured = process.env.APP_ORIGIN
  if (configured) return new URL(configured).protocol === 'https:'
  return requestScheme(req) === 'https'
}

/** Reads one cookie from the Cookie header. */
export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.get('cookie')
  if (!header) return undefined
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq === -1) continue
    if (part.slice(0, eq).trim() !== name) continue
    const raw = part.slice(eq + 1).trim()
    try {
      return decodeURIComponent(raw)
    } catch {
      return raw
    }
  }
  return undefined
}

/** Fetch metadata that only a browser sends on a request another site started. */
const FOREIGN_FETCH_SITES = new Set(['cross-site', 'same-site'])

/**
 * Refuses a cookie-authenticated POST started by another origin: an `Origin` that is not the
 * origin the request was sent to (the literal `null` of sandboxed frames and opaque redirects
 * included), or, when a browser sent no `Origin`, `Sec-Fetch-Site: cross-site` or `same-site`.
 * Clients that are not browsers send neither and pass: they cannot carry a victim's cookie.
 * SameSite=Strict already keeps the cookie off cross-site requests; this also covers same-site,
 * cross-origin pages (another port, a sibling subdomain).
 */
export function assertSameOrigin(req: Request): void {
  const origin = req.headers.get('origin')
  const fetchSite = req.headers.get('sec-fetch-site')?.trim().toLowerCase()
  if (origin === null) {
    if (fetchSite && FOREIGN_FETCH_SITES.has(fetchSite)) {
      throw new ApiError('ORIGIN_MISMATCH', `A ${fetchSite} request is not accepted here.`)
    }
    return
  }
  const expected = requestOrigin(req)
  if (expected !== null && sameOrigin(origin, expected)) return
  throw new ApiError('ORIGIN_MISMATCH', `Requests from ${origin} are not accepted here.`)
}

function sameOrigin(origin: string, expected: string): boolean {
  if (origin.trim().toLowerCase() === 'null') return false
  try {
    return new URL(origin).origin === expected
  } catch {
    return false
  }
}
