'use client'
/**
 * @module Editing: the reader switches to edit mode (the pasted token is kept to go back to); the
 * editors' changes apply only there, so a keystroke in Decode mode never switches modes or
 * re-signs. The handlers are stable, so the memoized editors do not re-render on every
 * keystroke elsewhere.
 */
import { useCallback, useEffect, useRef, type Dispatch } from 'react'
import type { DecodedTexts } from '@/lib/playground/edit-state'
import type { PlaygroundAction } from '@/lib/playground/playground-state'

export function useEditMode(decoded: DecodedTexts, dispatch: Dispatch<PlaygroundAction>) {
  // The stable handlers read the latest decoded texts through a ref.
  const latest = useRef(decoded)
  useEffect(() => {
    latest.current = decoded
  })
  const startEditing = useCallback(
    (patch: { headerText?: string; payloadText?: string } = {}) =>
      dispatch({ type: 'start-editing', patch, decoded: latest.current }),
    [dispatch],
  )
  const onHeaderChange = useCallback(
    (text: string) => dispatch({ type: 'edit-json', patch: { headerText: text } }),
    [dispatch],
  )
  const onPayloadChange = useCallback(
    (text: string) => dispatch({ type: 'edit-json', patch: { payloadText: text } }),
    [dispatch],
  )
  return { startEditing, onHeaderChange, onPayloadChange }
}
