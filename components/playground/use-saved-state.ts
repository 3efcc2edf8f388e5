'use client'
/**
 * @module The playground's state (lib/playground/playground-state's reducer), with what the
 * learner typed kept in this tab's sessionStorage so a reload or a language switch loses nothing,
 * restored from a shared link's fragment when there is one, and what was typed while the page
 * hydrated kept.
 */
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react'
import { useFieldBeforeHydration } from '@/components/ui/use-field-before-hydration'
import { initialState } from '@/lib/playground/edit-state'
import { initialPlaygroundState, playgroundReducer } from '@/lib/playground/playground-state'
import { restoreAfterHydration, type TypedEarly } from '@/lib/playground/restore'
import { loadSaved, save } from '@/lib/playground/storage'

/** Saving waits for a pause in typing: one write, not one per keystroke. */
const SAVE_DELAY_MS = 250

/** The ids of the fields whose text typed before hydration is kept (see restoreAfterHydration). */
export interface PlaygroundFieldIds {
  input: string
  secret: string
}

export function usePlaygroundState(
  example: { token: string; secret: string },
  fieldIds: PlaygroundFieldIds,
) {
  const defaults = useMemo(() => initialState(example), [example])
  const [state, dispatch] = useReducer(playgroundReducer, defaults, initialPlaygroundState)
  const [restored, setRestored] = useState(false)
  const input = useFieldBeforeHydration(fieldIds.input, state.saved.input)
  const secret = useFieldBeforeHydration(fieldIds.secret, state.saved.secret)

  // Applied once: a later run (a new example from the server) must not bring it back.
  const typedEarly = useRef<TypedEarly>({ input, secret })

  // Restore after hydration, before the next paint: the server rendered the example.
  useLayoutEffect(() => {
    const hash = window.location.hash
    const typed = typedEarly.current
    typedEarly.current = {}
    const next = restoreAfterHydration(defaults, loadSaved(defaults), hash, typed)
    if (next) dispatch({ type: 'reset', scope: 'token', ...next })
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reading browser-only state once
    setRestored(true)
  }, [defaults])

  const { saved } = state
  useEffect(() => {
    if (!restored) return
    const timer = setTimeout(() => save(saved), SAVE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [saved, restored])

  return { defaults, state, dispatch }
}
