/**
 * @module The site's fonts, from the `geist` npm package (nothing is fetched at build time).
 * Chinese text uses the reader's system CJK fonts: a CJK web font would weigh megabytes.
 */
import localFont from 'next/font/local'

export const sans = localFont({
  src: '../node_modules/geist/dist/fonts/geist-sans/Geist-Variable.woff2',
  variable: '--font-geist-sans',
  weight: '100 900',
  display: 'swap',
  // A metric-matched fallback, so swapping in Geist moves nothing on the page.
  adjustFontFallback: 'Arial',
})

// Code only: not preloaded, so it does not compete with the page's text for the first bytes, and
// 'optional', so a late arrival never swaps in and reflows the text around inline code (a
// first visit may show the system monospace; later ones have Geist Mono from the cache).
export const mono = localFont({
  src: '../node_modules/geist/dist/fonts/geist-mono/GeistMono-Variable.woff2',
  variable: '--font-geist-mono',
  weight: '100 900',
  display: 'optional',
  preload: false,
  adjustFontFallback: false,
})
