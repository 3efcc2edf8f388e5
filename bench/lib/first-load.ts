/**
 * @module First-load JavaScript of a built page, measured from the production build.
 *
 * "First load" is every JavaScript chunk the prerendered HTML names: the <script src> tags and
 * the client-component chunks listed in the inlined RSC payload, which the browser fetches before
 * the page is interactive. The `noModule` polyfill chunk is left out (modern browsers skip it).
 * Chunks a page imports later (next/dynamic, Monaco) are not named in the HTML, so they do not
 * count here; `lazyChunks` lists the largest of those separately.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export type Chunk = { file: string; bytes: number; gzip: number }
export type RouteWeight = { route: string; chunks: Chunk[]; gzip: number; bytes: number }

const gzipCache = new Map<string, Chunk>()

function measureChunk(distDir: string, file: string): Chunk {
  const path = join(distDir, file.replace(/^\/_next\//, ''))
  const key = `${distDir}:${file}`
  let chunk = gzipCache.get(key)
  if (!chunk) {
    const content = readFileSync(path)
    chunk = { file, bytes: content.length, gzip: gzipSync(content).length }
    gzipCache.set(key, chunk)
  }
  return chunk
}

/** The `noModule` polyfill chunks a page names (only legacy browsers load them). */
export function noModuleChunks(html: string): string[] {
  return [...html.matchAll(/<script[^>]*src="([^"]+)"[^>]*noModule/gi)].map((m) => m[1]!)
}

/** Chunk files a prerendered HTML page loads up front. */
export function firstLoadChunks(html: string): string[] {
  const files = new Set(html.match(/\/_next\/static\/chunks\/[^"'\\\s]+\.js/g) ?? [])
  for (const file of noModuleChunks(html)) files.delete(file)
  return [...files].sort()
}

/**
 * Weight of one prerendered route, e.g. `en/learn/header` in `.next`.
 * @example routeWeight('.next', 'en/playground').gzip // bytes of gzip JS
 */
export function routeWeight(distDir: string, route: string): RouteWeight {
  const htmlPath = join(distDir, 'server/app', `${route === '' ? 'index' : route}.html`)
  const html = readFileSync(htmlPath, 'utf8')
  const chunks = firstLoadChunks(html).map((file) => measureChunk(distDir, file))
  return {
    route: '/' + route,
    chunks,
    gzip: chunks.reduce((sum, c) => sum + c.gzip, 0),
    bytes: chunks.reduce((sum, c) => sum + c.bytes, 0),
  }
}

/** Every prerendered HTML route in a build (`en`, `en/learn/header`, ...). */
export function prerenderedRoutes(distDir: string): string[] {
  const root = join(distDir, 'server/app')
  const out: string[] = []
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path, prefix + name + '/')
      else if (name.endsWith('.html') && !name.startsWith('_')) out.push(prefix + name.slice(0, -5))
    }
  }
  if (existsSync(root)) walk(root, '')
  return out.map((r) => (r === 'index' ? '' : r)).sort()
}

/** Text that only Monaco's bundle contains. */
export function isMonacoChunk(source: string): boolean {
  return /MonacoEnvironment|monaco-editor|vs\/editor\/editor\.main|\bmonaco\.editor\b/.test(source)
}

/** The largest chunks in the build that no page loads up front (lazily imported code). */
export function lazyChunks(
  distDir: string,
  firstLoad: Set<string>,
  top = 5,
  exclude: Set<string> = new Set(),
): (Chunk & { monaco: boolean })[] {
  const dir = join(distDir, 'static/chunks')
  const all = readdirSync(dir).filter((f) => f.endsWith('.js'))
  return all
    .map((name) => `/_next/static/chunks/${name}`)
    .filter((file) => !firstLoad.has(file) && !exclude.has(file))
    .map((file) => ({
      ...measureChunk(distDir, file),
      monaco: isMonacoChunk(readFileSync(join(dir, file.split('/').pop()!), 'utf8')),
    }))
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, top)
}

const chunkSource = (distDir: string, chunk: Chunk) =>
  readFileSync(join(distDir, chunk.file.replace(/^\/_next\//, '')), 'utf8')

/** Whether any first-load chunk of a route is Monaco. */
export function routeLoadsMonaco(distDir: string, weight: RouteWeight): boolean {
  return weight.chunks.some((c) => isMonacoChunk(chunkSource(distDir, c)))
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1)
