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
 * The text the reader typed into field `id` before hydration, when it differs from `value` (what
 * the server rendered, which the hydrating render must show too); else undefined. The owner puts
 * it into its state after hydration (an effect); once the field shows it again, the reader's
 * selection is put back, so a paste that follows replaces what they selected.
 *
 * @example
 * const typed = useFieldBeforeHydration(id, email)
 * useLayoutEffect(() => { if (typed !== undefined) setEmail(typed) }, [typed])
 */
export function useFieldBeforeHydration(id: string, value: string): string | undefined {
  // Read once, in the first (hydrating) render: React writes over the field when it completes.
  const [snapshot] = useState<FieldSnapshot | undefined>(() => readField(id))
  const [typed] = useState(() =>
    snapshot && snapshot.value !== value ? snapshot.value : undefined,
  )
  const restored = useRef(false)
  useLayoutEffect(() => {
    if (!snapshot || restored.current || value !== snapshot.value) return
    restored.current = true
    restoreSelection(id, snapshot)
  })
  return typed
}
