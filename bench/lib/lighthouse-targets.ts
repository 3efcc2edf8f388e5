/**
 * @module The page-speed targets of issue 15, read against the bare Next page measured in the
 * same run: content pages may take 1.3× its LCP and lose 1 point, the playground and the demo
 * (an editor, forms) 1.5× and 2 points. Content pages must not shift at all.
 */

export type PageTarget = {
  /** The most our LCP may be, as a multiple of the bare page's. */
  lcpRatio: number
  /** How many performance points below the bare page's score we may be. */
  scoreSlack: number
  /** The highest CLS allowed (Lighthouse's 3 decimals), or null for no target. */
  maxCls: number | null
}

export const CONTENT_PAGE: PageTarget = { lcpRatio: 1.3, scoreSlack: 1, maxCls: 0 }
export const APP_PAGE: PageTarget = { lcpRatio: 1.5, scoreSlack: 2, maxCls: null }

type Figures = { lcpMs: number; score: number; cls: number }

export type Verdict = {
  lcpRatio: number
  scoreDelta: number
  lcpMet: boolean
  scoreMet: boolean
  /** null where the page has no CLS target. */
  clsMet: boolean | null
  met: boolean
}

/**
 * Judges one page's medians against the bare page's medians from the same run.
 * @example judge({ lcpMs: 800, score: 98, cls: 0 }, { lcpMs: 700, score: 99, cls: 0 }, CONTENT_PAGE).met // true
 */
export function judge(ours: Figures, bare: Figures, target: PageTarget): Verdict {
  const lcpRatio = ours.lcpMs / bare.lcpMs
  const scoreDelta = ours.score - bare.score
  const lcpMet = lcpRatio <= target.lcpRatio
  const scoreMet = scoreDelta >= -target.scoreSlack
  const clsMet = target.maxCls === null ? null : Number(ours.cls.toFixed(3)) <= target.maxCls
  return {
    lcpRatio,
    scoreDelta,
    lcpMet,
    scoreMet,
    clsMet,
    met: lcpMet && scoreMet && clsMet !== false,
  }
}
