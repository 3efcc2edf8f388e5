/**
 * @module The live lesson widgets an <Island> can load, each behind its own dynamic import so it
 * stays out of every page's first load. Add a widget here (its module exports the live component
 * as its default too: a `.then` per entry would cost every lesson's first load its bytes) and
 * render it through <Island name>.
 */
import type { ComponentType } from 'react'

/** Text the reader typed into a still picture's named fields before the live widget arrived. */
export type Typed = Record<string, string>

export const islands = {
  tamper: () => import('../tamper-toggle'),
  tokenSplit: () => import('../token-split-live'),
  algVerifiers: () => import('../alg-verifiers-live'),
  injectedScript: () => import('../injected-script-live'),
  'login-flow': () => import('../login-flow-live'),
  algorithms: () => import('../algorithm-bench-live'),
  jwe: () => import('../jwe-live'),
  recipients: () => import('../token-recipients-live'),
  quiz: () => import('../quiz-client'),
  payload: () => import('../payload-editor-client'),
  timeline: () => import('../claim-timeline-slider'),
  term: () => import('../term-popover'),
}

export type IslandName = keyof typeof islands
export type IslandProps<N extends IslandName> =
  Awaited<ReturnType<(typeof islands)[N]>>['default'] extends ComponentType<infer P>
    ? Omit<P, 'typed'>
    : never
