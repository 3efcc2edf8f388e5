// Locates Debian's Chromium (or CHROME_PATH). Shared by the e2e and benchmark scripts.
import { accessSync, constants } from 'node:fs'

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
].filter(Boolean)

/** @returns {string | null} */
export function findChromium() {
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK)
      return path
    } catch {
      // try the next one
    }
  }
  return null
}
