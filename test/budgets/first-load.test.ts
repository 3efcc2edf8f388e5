import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildBareNext } from '../../bench/lib/bare-next'
import {
  isMonacoChunk,
  kb,
  prerenderedRoutes,
  routeLoadsMonaco,
  routeWeight,
  type RouteWeight,
} from '../../bench/lib/first-load'

const dist = '.next'
const KB = 1024
// Budgets from issues 4, 5 and 7. Next 16's own runtime (React DOM + router) is measured below as
// the bare-page yardstick; see the README's Performance section for why the lesson budget is
// expressed over that floor.
const PLAYGROUND_BUDGET = 200 * KB
const LESSON_TARGET = 120 * KB
const APP_JS_OVER_FRAMEWORK_BUDGET = 25 * KB

let bare: RouteWeight
let routes: string[]

beforeAll(() => {
  if (!existsSync(`${dist}/BUILD_ID`))
    throw new Error('No production build: run `next build` first.')
  bare = routeWeight(buildBareNext(), '')
  routes = prerenderedRoutes(dist)
  console.log(`bare Next 16 page (yardstick): ${kb(bare.gzip)} KB gzip`)
})

describe('first-load JavaScript budgets', () => {
  it('finds the site routes in the build', () => {
    expect(routes).toEqual(
      expect.arrayContaining(['en', 'zh-CN', 'en/learn', 'en/playground', 'en/demo']),
    )
  })

  it('never puts Monaco in any route first load', () => {
    // The build holds Monaco as a lazy chunk: if the detector stopped recognising it, the check
    // below would pass on any build.
    const chunks = join(dist, 'static/chunks')
    const monacoChunks = readdirSync(chunks)
      .filter((name) => name.endsWith('.js'))
      .filter((name) => isMonacoChunk(readFileSync(join(chunks, name), 'utf8')))
    expect(monacoChunks.length, 'Monaco chunks in the build').toBeGreaterThan(0)
    const withMonaco = routes.filter((route) => routeLoadsMonaco(dist, routeWeight(dist, route)))
    expect(withMonaco).toEqual([])
  })

  it('keeps the playground within 200 KB gzip', () => {
    for (const locale of ['en', 'zh-CN']) {
      const weight = routeWeight(dist, `${locale}/playground`)
      console.log(`/${locale}/playground: ${kb(weight.gzip)} KB gzip`)
      expect(weight.gzip).toBeLessThanOrEqual(PLAYGROUND_BUDGET)
    }
  })

  it('keeps the labs index and every lab page within the playground budget of 200 KB gzip', () => {
    const labs = routes.filter((r) => /^(en|zh-CN)\/labs(\/|$)/.test(r))
    // The index and nine labs, in both languages.
    expect(labs.length).toBe(20)
    for (const route of ['en/labs', 'en/labs/weak-secret', 'en/labs/jwk-injection']) {
      const weight = routeWeight(dist, route)
      console.log(`/${route}: ${kb(weight.gzip)} KB gzip`)
    }
    const over = labs
      .map((route) => routeWeight(dist, route))
      .filter((w) => w.gzip > PLAYGROUND_BUDGET)
      .map((w) => `${w.route}: ${kb(w.gzip)} KB`)
    expect(over).toEqual([])
  })

  it('keeps every lesson page within its app-JS budget over the bare Next page', () => {
    const lessons = routes.filter((r) => /^(en|zh-CN)\/learn(\/|$)/.test(r))
    expect(lessons.length).toBeGreaterThan(0)
    const weights = lessons.map((route) => routeWeight(dist, route))
    // The absolute 120 KB target of issue 4 is below the framework's own floor, so it is only
    // reported; the budget that our code can break is the one over the bare page.
    const heaviest = Math.max(...weights.map((w) => w.gzip))
    console.log(
      `heaviest lesson page: ${kb(heaviest)} KB gzip (${kb(heaviest - bare.gzip)} KB over the bare page; absolute target ${kb(LESSON_TARGET)} KB)`,
    )
    const over = weights
      .filter((w) => w.gzip - bare.gzip > APP_JS_OVER_FRAMEWORK_BUDGET)
      .map((w) => `${w.route}: ${kb(w.gzip)} KB (${kb(w.gzip - bare.gzip)} KB over the bare page)`)
    expect(over).toEqual([])
  })
})
