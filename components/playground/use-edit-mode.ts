'use client'
/**
 * @module Editing: the reader switches to edit mode (the pasted token is kept to go back to); the
 * editors' changes apply only there, so a keystroke in Decode mode never switches modes or
 * re-signs. The editors' handlers are stable, so the memoized editors do not re-render on every
 * keystroke elsewhere.
 */
import { useCallback, type Dispatch } from 'react'
import type { DecodedTexts } from '@/lib/playground/edit-state'
import type { PlaygroundAction } from '@/lib/playground/playground-state'

export function useEditMode(decoded: DecodedTexts, dispatch: Dispatch<PlaygroundAction>) {
  const onHeaderChange = useCallback(
    (text: string) => dispatch({ type: 'edit-json', patch: { headerText: text } }),
    [dispatch],
  )
  const onPayloadChange = useCallback(
    (text: string) => dispatch({ type: 'edit-json', patch: { payloadText: text } }),
    [dispatch],
  )
  /** Starts editing from the token as decoded right now. */
  const startEditing = () => dispatch({ type: 'start-editing', decoded })
  return { startEditing, onHeaderChange, onPayloadChange }
}
