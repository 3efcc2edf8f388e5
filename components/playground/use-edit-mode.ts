'use client'
/**
 * @module Editing: the reader switches to edit mode (the pasted token is kept to go back to); the
 * editors' changes apply only there, so a keystroke in Decode mode never switches modes or
 * re-signs. The handlers are stable, so the memoized editors do not re-render on every
 * keystroke elsewhere.
 */
import { useCallback, useEffect, useRef, type Dispatch, type SetStateAction } from 'react'
import {
  editJson,
  startEditing as startEditingState,
  type DecodedTexts,
} from '@/lib/playground/edit-state'
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
    (text: string) => setState((s) => editJson(s, { headerText: text })),
    [setState],
  )
  const onPayloadChange = useCallback(
    (text: string) => setState((s) => editJson(s, { payloadText: text })),
    [setState],
  )
  return { startEditing, onHeaderChange, onPayloadChange }
}
