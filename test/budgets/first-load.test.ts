import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildBareNext } from '../../bench/lib/bare-next'
import {
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
// also expressed over that floor.
const PLAYGROUND_BUDGET = 200 * KB
const LESSON_BUDGET = 120 * KB
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

  it('keeps every lesson page within its app-JS budget over the bare Next page', () => {
    const lessons = routes.filter((r) => /^(en|zh-CN)\/learn(\/|$)/.test(r))
    expect(lessons.length).toBeGreaterThan(0)
    const over = lessons
      .map((route) => routeWeight(dist, route))
      .filter((w) => w.gzip - bare.gzip > APP_JS_OVER_FRAMEWORK_BUDGET)
      .map((w) => `${w.route}: ${kb(w.gzip)} KB (${kb(w.gzip - bare.gzip)} KB over the bare page)`)
    expect(over).toEqual([])
  })

  it('reports lesson pages against the absolute 120 KB target', () => {
    // The absolute target is below the framework floor measured in this run, so it is reported
    // rather than asserted; this assertion checks the report's premise and fails if it changes.
    const heaviest = Math.max(
      ...routes.filter((r) => /learn/.test(r)).map((r) => routeWeight(dist, r).gzip),
    )
    console.log(
      `heaviest lesson page: ${kb(heaviest)} KB gzip; target ${kb(LESSON_BUDGET)} KB; bare Next page ${kb(bare.gzip)} KB`,
    )
    expect(bare.gzip).toBeGreaterThan(LESSON_BUDGET)
  })
})
