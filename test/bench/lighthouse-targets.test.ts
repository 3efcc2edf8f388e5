import { APP_PAGE, CONTENT_PAGE, judge } from '@/bench/lib/lighthouse-targets'
import { spread } from '@/bench/lib/lighthouse'

const bare = { lcpMs: 1000, score: 95, cls: 0 }

describe('judge: issue 15 targets against the bare page of the same run', () => {
  it('meets a content page at exactly 1.3× the LCP and one point below', () => {
    const verdict = judge({ lcpMs: 1300, score: 94, cls: 0 }, bare, CONTENT_PAGE)
    expect(verdict).toMatchObject({ lcpMet: true, scoreMet: true, clsMet: true, met: true })
    expect(verdict.scoreDelta).toBe(-1)
  })

  for (const [name, ours, failed] of [
    ['LCP over 1.3×', { lcpMs: 1301, score: 95, cls: 0 }, 'lcpMet'],
    ['two points below', { lcpMs: 1000, score: 93, cls: 0 }, 'scoreMet'],
    ['any shift', { lcpMs: 1000, score: 95, cls: 0.001 }, 'clsMet'],
  ] as const) {
    it(`misses a content page with ${name}`, () => {
      const verdict = judge(ours, bare, CONTENT_PAGE)
      expect(verdict[failed]).toBe(false)
      expect(verdict.met).toBe(false)
    })
  }

  it('gives the playground and the demo 1.5× and two points, and no CLS target', () => {
    const verdict = judge({ lcpMs: 1500, score: 93, cls: 0.2 }, bare, APP_PAGE)
    expect(verdict).toMatchObject({ met: true, clsMet: null })
    expect(judge({ lcpMs: 1501, score: 95, cls: 0 }, bare, APP_PAGE).met).toBe(false)
    expect(judge({ lcpMs: 1000, score: 92, cls: 0 }, bare, APP_PAGE).met).toBe(false)
  })

  it('rounds CLS as Lighthouse prints it (three decimals)', () => {
    expect(judge({ lcpMs: 1000, score: 95, cls: 0.0004 }, bare, CONTENT_PAGE).clsMet).toBe(true)
  })
})

describe('spread', () => {
  it('reports the median, lowest and highest of the runs, in any order', () => {
    expect(spread([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3 })
    expect(spread([5])).toEqual({ median: 5, min: 5, max: 5 })
  })
})
