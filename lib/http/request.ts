/** @module Small readers for request metadata: origin, https, client IP, cookies. */
import { ApiError } from './errors'

/** The site's origin: `APP_ORIGIN` when set (behind a proxy), else the request URL's origin. */
export function siteOrigin(req: Request): string {
  const configured = process.env.APP_ORIGIN
  if (configured) return new URL(configured).origin
  return new URL(req.url).origin
}

/** True when the client reached us over https (directly or through a proxy that says so). */
export function isHttps(req: Request): boolean {
  if (new URL(req.url).protocol === 'https:') return true
  const forwarded = req.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase()
  return forwarded === 'https'
}

/**
 * The client's IP as the nearest proxy saw it (the last `X-Forwarded-For` entry; `next start`
 * sets it to the socket address when absent). Only as trustworthy as the proxy in front.
 */
export function clientIp(req: Request): string {
  const forwarded = req.headers.get('x-forwarded-for')
  const last = forwarded?.split(',').at(-1)?.trim()
  return last || req.headers.get('x-real-ip')?.trim() || 'unknown'
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

/**
 * Refuses a cookie-authenticated POST from another origin. SameSite=Strict already keeps the
 * cookie off cross-site requests; this also covers same-site, cross-origin pages.
 */
export function assertSameOrigin(req: Request): void {
  const origin = req.headers.get('origin')
  if (origin === null || origin === siteOrigin(req)) return
  throw new ApiError('ORIGIN_MISMATCH', `Requests from ${origin} are not accepted here.`)
}
