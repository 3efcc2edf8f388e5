// @ts-check
const path = require('node:path')
const createMDX = require('@next/mdx')
const createNextIntlPlugin = require('next-intl/plugin')
// The service worker is bundled by esbuild in a route handler (app/serwist/[path]/route.ts);
// withSerwist keeps esbuild out of the server bundle.
const { withSerwist } = require('@serwist/turbopack')

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts')
const isDev = process.env.NODE_ENV === 'development'

// Lessons (content/lessons/<slug>/<locale>.mdx) compile at build time. Turbopack passes loader
// options to a worker, so plugins are given as module names or absolute paths, never functions.
const withMDX = createMDX({
  options: {
    remarkPlugins: [
      'remark-frontmatter',
      'remark-gfm',
      path.join(__dirname, 'lib/mdx/remark-heading-id.mjs'),
      path.join(__dirname, 'lib/mdx/remark-code-file.mjs'),
    ],
    rehypePlugins: [path.join(__dirname, 'lib/mdx/rehype-shiki.mjs')],
  },
})

// No third-party origin anywhere: every script, style, font, worker and fetch is the site's own.
// Inline scripts stay allowed because Next streams its payload in inline <script> tags and the
// pages are static (a per-request nonce would make every page dynamic).
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ')

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // No experimental.inlineCss: in Next 16.4 it puts the 56 KB stylesheet into every page three
  // times (a <style>, then twice in the RSC payload), so a lesson's HTML went from 26 to 60 KB
  // gzip and every client navigation fetched the CSS again (+22 KB gzip), for an LCP gain that
  // two Lighthouse runs against the bare page could not tell from noise (issue 15).
  async headers() {
    return [
      {
        // Not the API: its answers carry their own (lib/http/security-headers.ts). Next fills
        // these values in per request, which cost /api/me ~25 µs of path-to-regexp each time.
        source: '/:path((?!api/).*)',
        headers: [
          { key: 'Content-Security-Policy', value: contentSecurityPolicy },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ]
  },
}

module.exports = withSerwist(withNextIntl(withMDX(nextConfig)))
