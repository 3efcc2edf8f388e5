/**
 * @module The site's fonts: Geist and Geist Mono from the `geist` package, cut by
 * scripts/subset-fonts.mjs to the Latin the pages use and the weights 400 to 700 (~23 KB each
 * instead of ~70 KB; nothing is fetched at build time). Chinese text uses the reader's system CJK
 * fonts: a CJK web font would weigh megabytes.
 *
 * Neither is preloaded: a preload puts the font on the critical path beside the HTML, and the
 * largest paint is text that reads as well in the fallback. The browser asks for a font once a
 * style needs it, after the first layout, so the first paint waits for no font at all.
 */
import localFont from 'next/font/local'

// 'optional', not 'swap': a swap reflows every paragraph whose lines break differently in Geist
// (CLS 0.10-0.15 on a lesson when the font came late, even with the metric-adjusted Arial, which
// Linux and Android do not have). A font that is not there within the first ~100 ms is not used
// on that page; the next page has it from the cache. The adjusted Arial keeps the fallback's
// metrics close to Geist's where Arial exists.
export const sans = localFont({
  src: './_fonts/geist-sans-latin.woff2',
  variable: '--font-geist-sans',
  weight: '400 700',
  display: 'optional',
  preload: false,
  adjustFontFallback: 'Arial',
})

// Code only, 'optional': a late arrival never swaps in and reflows the text around inline code
// (a first visit may show the system monospace; later ones have Geist Mono from the cache).
export const mono = localFont({
  src: './_fonts/geist-mono-latin.woff2',
  variable: '--font-geist-mono',
  weight: '400 700',
  display: 'optional',
  preload: false,
  adjustFontFallback: false,
})
