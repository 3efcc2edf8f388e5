// Renders the app icons in public/icons from app/icon.svg with Debian's Chromium:
// node scripts/icons.mjs. The maskable one fills the whole square (launchers cut their own
// shape) and keeps the three dots inside the central safe zone.
import { chromium } from '@playwright/test'
import { mkdirSync, readFileSync } from 'node:fs'
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs'

const svg = readFileSync('app/icon.svg', 'utf8')
// The same drawing without the rounded corners, the dots scaled to 80% around the centre.
const maskable = svg
  .replace(/ rx="[^"]*"/, '')
  .replace(
    /(<circle[^]*<\/?circle[^>]*>|<circle[^>]*\/>)+/,
    (dots) => `<g transform="translate(3.2 3.2) scale(0.8)">${dots}</g>`,
  )

const icons = [
  { file: 'icon-192.png', size: 192, svg },
  { file: 'icon-512.png', size: 512, svg },
  { file: 'maskable-512.png', size: 512, svg: maskable },
]

mkdirSync('public/icons', { recursive: true })
const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: CHROMIUM_FLAGS,
})
for (const { file, size, svg: source } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } })
  const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `)
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
  )
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: true })
  await page.close()
  console.log(`public/icons/${file}`)
}
await browser.close()
