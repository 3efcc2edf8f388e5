/**
 * @module Builds the yardstick: a bare Next 16 page (bench/baseline/bare-next) with the same Next
 * as the site, so that weights and page speed can be read against the framework's own floor.
 * The build is kept per Next version: it is rebuilt when the installed Next changes (or on
 * `force`), so `npm test` measures against the floor of the Next it just built the site with
 * without paying for a second build every run.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const bareNextDir = resolve('bench/baseline/bare-next')
export const bareNextDist = join(bareNextDir, '.next')
// Inside the build folder, so `next build` (which empties it) drops a stale stamp itself.
const stamp = join(bareNextDist, 'built-with-next')

/** The version of the Next installed for the site (and so used for the bare page too). */
export function installedNextVersion(): string {
  const pkg = JSON.parse(readFileSync(resolve('node_modules/next/package.json'), 'utf8'))
  return pkg.version as string
}

/** Whether the bare page's build is there and was made with the installed Next. */
export function bareNextIsCurrent(): boolean {
  return (
    existsSync(join(bareNextDist, 'BUILD_ID')) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8').trim() === installedNextVersion()
  )
}

/** Builds the bare page unless a build with the installed Next is there (`force` rebuilds). */
export function buildBareNext(force = false): string {
  if (force || !bareNextIsCurrent()) {
    const next = resolve('node_modules/next/dist/bin/next')
    const result = spawnSync(process.execPath, [next, 'build', bareNextDir], {
      stdio: 'pipe',
      encoding: 'utf8',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    })
    if (result.status !== 0)
      throw new Error(`bare Next build failed:\n${result.stdout}\n${result.stderr}`)
    writeFileSync(stamp, installedNextVersion() + '\n')
  }
  return bareNextDist
}
