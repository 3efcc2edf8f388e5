'use client'
/**
 * @module Keeps what a reader typed into a server-rendered field while the page was hydrating
 * (see lib/browser/field-before-hydration): the hook reads the field during the hydrating render,
 * before React writes over it, and gives the owner of the field's state the text to adopt.
 */
import { useLayoutEffect, useRef, useState } from 'react'
import {
  readField,
  restoreSelection,
  type FieldSnapshot,
} from '@/lib/browser/field-before-hydration'

/**
 * The first reading of each field, until the hydration that read it commits. React writes over
 * a textarea while it renders, not when it commits, and a hydration interrupted by the reader (a
 * key, a tap) starts over: its second pass must not read the field React already overwrote.
 */
const firstReadings = new Map<string, FieldSnapshot>()

function readOnce(id: string): FieldSnapshot | undefined {
  if (!firstReadings.has(id)) {
    const snapshot = readField(id)
    if (snapshot) firstReadings.set(id, snapshot)
  }
  return firstReadings.get(id)
}

/**
 * The text the reader typed into field `id` before hydration, when it differs from `value` (what
 * the server rendered, which the hydrating render must show too); else undefined. The owner puts
 * it into its state in a layout effect. The reader's selection is put back in the hydration's
 * commit and in the commits its layout effects cause (the owner's), so a paste that follows
 * replaces what they selected.
 *
 * @example
 * const typed = useFieldBeforeHydration(id, email)
 * useLayoutEffect(() => { if (typed !== undefined) setEmail(typed) }, [typed])
 */
export function useFieldBeforeHydration(id: string, value: string): string | undefined {
  const [snapshot] = useState(() => readOnce(id))
  const [typed] = useState(() =>
    snapshot && snapshot.value !== value ? snapshot.value : undefined,
  )
  // Open from the hydration's commit until the end of its task: the updates its layout effects
  // make are committed in that same task, anything later is the reader's own doing.
  const restoring = useRef({ open: true, started: false })
  useLayoutEffect(() => {
    const span = restoring.current
    if (!snapshot || !span.open) return
    if (!span.started) {
      span.started = true
      firstReadings.delete(id)
      queueMicrotask(() => (span.open = false))
    }
    restoreSelection(id, snapshot)
  })
  return typed
}
