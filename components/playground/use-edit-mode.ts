'use client'
/**
 * @module Editing: a change in either editor switches to edit mode, visibly; the pasted token is
 * kept to go back to. The handlers are stable, so the memoized editors do not re-render on every
 * keystroke elsewhere.
 */
import { useCallback, useEffect, useRef, type Dispatch, type SetStateAction } from 'react'
import { startEditing as startEditingState, type DecodedTexts } from '@/lib/playground/edit-state'
import type { SavedState } from '@/lib/playground/storage'

export function useEditMode(decoded: DecodedTexts, setState: Dispatch<SetStateAction<SavedState>>) {
  // The stable handlers read the latest decoded texts through a ref.
  const latest = useRef(decoded)
  useEffect(() => {
    latest.current = decoded
  })
  const startEditing = useCallback(
    (patch: { headerText?: string; payloadText?: string } = {}) =>
      setState((s) => startEditingState(s, patch, latest.current)),
    [setState],
  )
  const onHeaderChange = useCallback(
    (text: string) => startEditing({ headerText: text }),
    [startEditing],
  )
  const onPayloadChange = useCallback(
    (text: string) => startEditing({ payloadText: text }),
    [startEditing],
  )
  return { startEditing, onHeaderChange, onPayloadChange }
}
