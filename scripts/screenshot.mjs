// Screenshots for looking at pages: node scripts/screenshot.mjs <base-url> <out-dir> <path>...
// Takes each path in light and dark, desktop (1280) and phone (360) widths, with Debian's Chromium.
import { chromium } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs'

const [base = 'http://localhost:3000', outDir = '/tmp/shots', ...paths] = process.argv.slice(2)
mkdirSync(outDir, { recursive: true })
const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: CHROMIUM_FLAGS,
})
const widths = (process.env.WIDTHS || '1280,360').split(',').map(Number)
const schemes = (process.env.SCHEMES || 'light,dark').split(',')
for (const colorScheme of schemes) {
  for (const width of widths) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme })
    const page = await context.newPage()
    for (const path of paths.length ? paths : ['/en']) {
      await page.goto(base + path, { waitUntil: 'networkidle' })
      if (process.env.WAIT) await page.waitForTimeout(Number(process.env.WAIT))
      const name = `${path.replace(/[^a-zA-Z0-9-]+/g, '_')}-${colorScheme}-${width}.png`
      await page.screenshot({ path: `${outDir}/${name}`, fullPage: process.env.FULL === '1' })
      console.log(`${outDir}/${name}`)
    }
    await context.close()
  }
}
await browser.close()
