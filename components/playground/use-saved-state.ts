'use client'
/**
 * @module The playground's state (lib/playground/playground-state's reducer), with what the
 * learner typed kept in this tab's sessionStorage so a reload or a language switch loses nothing,
 * and restored from a shared link's fragment when there is one.
 */
import { useEffect, useLayoutEffect, useMemo, useReducer, useState } from 'react'
import { useFieldBeforeHydration } from '@/components/ui/use-field-before-hydration'
import { initialState, typeInput } from '@/lib/playground/edit-state'
import { initialPlaygroundState, playgroundReducer } from '@/lib/playground/playground-state'
import { tokenFromHash } from '@/lib/playground/share'
import { loadSaved, save } from '@/lib/playground/storage'

/** Saving waits for a pause in typing: one write, not one per keystroke. */
const SAVE_DELAY_MS = 250

/**
 * @param inputId The id of the token's textarea: what was pasted into it before hydration is kept.
 */
export function usePlaygroundState(example: { token: string; secret: string }, inputId: string) {
  const defaults = useMemo(() => initialState(example), [example])
  const [state, dispatch] = useReducer(playgroundReducer, defaults, initialPlaygroundState)
  const [restored, setRestored] = useState(false)
  const typed = useFieldBeforeHydration(inputId, state.saved.input)

  // Restore after hydration (the server cannot see the fragment or this tab's storage), before
  // the next paint. Text pasted while the page hydrated comes first: it is newer than the link
  // or the session it would replace, whose keys and secret are still restored. Then a shared
  // link's token, unless this tab already opened that link, then the tab's own session.
  useLayoutEffect(() => {
    const saved = loadSaved(defaults)
    const hash = window.location.hash
    const linked = tokenFromHash(hash)
    if (typed !== undefined) {
      // The link was seen and passed over: a reload keeps the reader's text, not the link's.
      const consumedHash = linked ? hash : saved.consumedHash
      dispatch({
        type: 'reset',
        scope: 'token',
        saved: { ...typeInput(saved, typed), consumedHash },
      })
    } else if (linked && hash !== saved.consumedHash) {
      const fresh = saved === defaults
      dispatch({
        type: 'reset',
        scope: 'token',
        saved: {
          ...saved,
          input: linked,
          mode: 'decode',
          pasted: null,
          consumedHash: hash,
          // The example's secret must not be tried against someone else's token.
          ...(fresh && { secret: '' }),
        },
        notice: 'restored',
      })
    } else if (saved !== defaults) dispatch({ type: 'reset', scope: 'token', saved })
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reading browser-only state once
    setRestored(true)
  }, [defaults, typed])

  const { saved } = state
  useEffect(() => {
    if (!restored) return
    const timer = setTimeout(() => save(saved), SAVE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [saved, restored])

  return { defaults, state, dispatch }
}
