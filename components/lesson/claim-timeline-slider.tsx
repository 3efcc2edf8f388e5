'use client'
/**
 * @module The live part of <ClaimTimeline>: moving the clock re-renders the verdict. Loaded as an
 * island (see islands/registry.ts); the server renders the same ClaimTimelineView first.
 */
import { useState } from 'react'
import type { Typed } from './islands/registry'
import { ClaimTimelineView, type TimelineFacts } from './claim-timeline-view'

export function ClaimTimelineSlider({ typed, ...facts }: TimelineFacts & { typed?: Typed }) {
  // Where the reader moved the still picture's slider before the code arrived.
  const [now, setNow] = useState(typed?.now !== undefined ? Number(typed.now) : facts.iat)
  return <ClaimTimelineView {...facts} now={now} onNow={setNow} />
}

// The island registry loads this module for its default export.
export { ClaimTimelineSlider as default }
