// Locates Debian's Chromium (or CHROME_PATH). Shared by the e2e and benchmark scripts.
import { accessSync, constants } from 'node:fs'

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
].filter(Boolean)

/**
 * Flags for a headless Chromium on this closed network: without the networking ones it keeps
 * trying to reach Google's services and floods the machine with refused connections.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

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
