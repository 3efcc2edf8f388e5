/**
 * @module Builds the yardstick: a bare Next 16 page (bench/baseline/bare-next) with the same Next
 * as the site, so that weights and page speed can be read against the framework's own floor.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const bareNextDir = resolve('bench/baseline/bare-next')
export const bareNextDist = join(bareNextDir, '.next')

/** Builds the bare page unless a build is there already (pass `force` to rebuild). */
export function buildBareNext(force = false): string {
  if (force || !existsSync(join(bareNextDist, 'BUILD_ID'))) {
    const next = resolve('node_modules/next/dist/bin/next')
    const result = spawnSync(process.execPath, [next, 'build', bareNextDir], {
      stdio: 'pipe',
      encoding: 'utf8',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    })
    if (result.status !== 0)
      throw new Error(`bare Next build failed:\n${result.stdout}\n${result.stderr}`)
  }
  return bareNextDist
}
