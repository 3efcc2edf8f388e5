/**
 * @module The live lesson widgets an <Island> can load, each behind its own dynamic import so it
 * stays out of every page's first load. Add a widget here and render it through <Island name>.
 */
import type { ComponentType } from 'react'

/** Text the reader typed into a still picture's named fields before the live widget arrived. */
export type Typed = Record<string, string>

export const islands = {
  tamper: () => import('../tamper-toggle').then((m) => m.TamperToggle),
  tokenSplit: () => import('../token-split-live').then((m) => m.TokenSplitLive),
  algVerifiers: () => import('../alg-verifiers-live').then((m) => m.AlgVerifiersLive),
  injectedScript: () => import('../injected-script-live').then((m) => m.InjectedScriptLive),
  'login-flow': () => import('../login-flow-live').then((m) => m.LoginFlowLive),
  algorithms: () => import('../algorithm-bench-live').then((m) => m.AlgorithmBenchLive),
  jwe: () => import('../jwe-live').then((m) => m.JweLive),
  quiz: () => import('../quiz-client').then((m) => m.QuizClient),
  payload: () => import('../payload-editor-client').then((m) => m.PayloadEditorClient),
  timeline: () => import('../claim-timeline-slider').then((m) => m.ClaimTimelineSlider),
  term: () => import('../term-popover').then((m) => m.TermPopover),
}

export type IslandName = keyof typeof islands
export type IslandProps<N extends IslandName> =
  Awaited<ReturnType<(typeof islands)[N]>> extends ComponentType<infer P> ? Omit<P, 'typed'> : never
