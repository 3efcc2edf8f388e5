/**
 * @module Serves the service worker (app/sw.ts) at /serwist/sw.js, bundled at build time by
 * @serwist/turbopack: Turbopack has no plugin hook, so a static route handler builds it.
 */
import { randomUUID } from 'node:crypto'
import { createSerwistRoute } from '@serwist/turbopack'
import { locales } from '@/lib/i18n/routing'

// A new one each build: the offline pages are precached with it and the pages cache is named
// after it, so every deploy is a new worker (and its "new version" prompt), and no page is kept
// past the build whose chunks it names.
const revision = randomUUID()

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute(
  {
    swSrc: 'app/sw.ts',
    useNativeEsbuild: true,
    // Everything under .next/static (Monaco is one 3.6 MB chunk, hence the limit), fonts included,
    // and the icons in public/; no source maps.
    globPatterns: [
      '.next/static/**/*.{js,css,woff,woff2,ttf,svg,png,ico,webp,json}',
      'public/**/*.{png,svg,ico,webmanifest}',
    ],
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    additionalPrecacheEntries: locales.map((locale) => ({ url: `/${locale}/offline`, revision })),
    esbuildOptions: { define: { __BUILD_REVISION__: JSON.stringify(revision) } },
  },
)
