/**
 * @module The content yardstick: a page of the site with every script taken out, served as a
 * static file, gzipped as `next start` serves it. Lighthouse on it shows what the page's own
 * HTML and CSS cost with no framework at all, so a page's gap to the bare Next page splits into
 * the content's share and the scripts' share. Two variants of each page: the stylesheet linked
 * as the site links it, and the same stylesheet inlined in a `<style>`.
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join, normalize } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Server } from './server'

/** Script elements (inline or not), and preloads of scripts: all the page's JavaScript. */
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/g
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\bas="script")[^>]*>/g
const STYLESHEET = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"[^>]*>/g

/**
 * The page without any JavaScript.
 * @example withoutScripts('<head><script src="/a.js" async=""></script></head>') // '<head></head>'
 */
export function withoutScripts(html: string): string {
  return html.replace(SCRIPT, '').replace(SCRIPT_PRELOAD, '')
}

/**
 * The page with each of its stylesheets' text in a `<style>` where the link was.
 * @example withInlineCss('<link rel="stylesheet" href="/_next/static/a.css"/>', () => 'p{}') // '<style>p{}</style>'
 */
export function withInlineCss(html: string, read: (href: string) => string): string {
  return html.replace(STYLESHEET, (_, href: string) => `<style>${read(href)}</style>`)
}

export type YardstickPage = { name: string; linked: string; inlined: string }

/**
 * Fetches `paths` from the site once, and serves each without scripts at
 * `/linked/<i>` and `/inlined/<i>`, and the build's static files from `.next/static`.
 */
export async function startContentYardstick(options: {
  siteUrl: string
  paths: string[]
  port: number
  distDir?: string
}): Promise<Server & { pages: YardstickPage[] }> {
  const distDir = options.distDir ?? '.next'
  const staticFile = (href: string) => {
    const path = normalize(href.replace(/^\/_next\/static\//, ''))
    if (path.startsWith('..')) throw new Error(`not a static file: ${href}`)
    return readFileSync(join(distDir, 'static', path))
  }
  const bodies = new Map<string, Buffer>()
  const url = `http://127.0.0.1:${options.port}`
  const pages: YardstickPage[] = []
  for (const [i, path] of options.paths.entries()) {
    const html = withoutScripts(await (await fetch(options.siteUrl + path)).text())
    bodies.set(`/linked/${i}`, gzipSync(html))
    bodies.set(
      `/inlined/${i}`,
      gzipSync(withInlineCss(html, (href) => staticFile(href).toString('utf8'))),
    )
    pages.push({ name: path, linked: `${url}/linked/${i}`, inlined: `${url}/inlined/${i}` })
  }
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!
    const page = bodies.get(path)
    try {
      const body = page ?? gzipSync(staticFile(path))
      const type = page ? 'text/html; charset=utf-8' : path.endsWith('.css') ? 'text/css' : ''
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip' })
      res.end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((listening) => server.listen(options.port, '127.0.0.1', listening))
  return {
    url,
    pages,
    stop: () => new Promise<void>((closed) => server.close(() => closed())),
  }
}
