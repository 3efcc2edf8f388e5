import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { prerenderedRoutes, routeWeight } from '../../bench/lib/first-load'

const dist = '.next'

// Error codes of jose's own error classes (JOSEError, JOSENotSupported,
// JWSSignatureVerificationFailed). Every jose operation the site uses can throw one, so any jose
// code that reaches a bundle brings at least one of these strings; lib/jwt maps jose's errors by
// class and never spells them.
const JOSE_MARKER = /ERR_JOSE_GENERIC|ERR_JOSE_NOT_SUPPORTED|ERR_JWS_SIGNATURE_VERIFICATION_FAILED/

const chunkSource = (file: string) =>
  readFileSync(join(dist, file.replace(/^\/_next\//, '')), 'utf8')

let routes: string[]

beforeAll(() => {
  if (!existsSync(`${dist}/BUILD_ID`))
    throw new Error('No production build: run `next build` first.')
  routes = prerenderedRoutes(dist)
})

describe('jose stays out of first load', () => {
  it('finds jose in the build, in a lazily loaded chunk (so the marker still matches jose)', () => {
    const dir = join(dist, 'static/chunks')
    const withJose = readdirSync(dir)
      .filter((name) => name.endsWith('.js'))
      .filter((name) => JOSE_MARKER.test(readFileSync(join(dir, name), 'utf8')))
    expect(withJose.length).toBeGreaterThan(0)
  })

  it('puts no jose code in any route first-load chunks', () => {
    expect(routes.length).toBeGreaterThan(0)
    const offenders = routes.flatMap((route) =>
      routeWeight(dist, route)
        .chunks.filter((chunk) => JOSE_MARKER.test(chunkSource(chunk.file)))
        .map((chunk) => `/${route}: ${chunk.file}`),
    )
    expect(offenders).toEqual([])
  })
})
