'use client'
/**
 * @module The playground's state (lib/playground/playground-state's reducer), with what the
 * learner typed kept in this tab's sessionStorage so a reload or a language switch loses nothing,
 * and restored from a shared link's fragment when there is one.
 */
import { useEffect, useMemo, useReducer, useState } from 'react'
import { initialState } from '@/lib/playground/edit-state'
import { initialPlaygroundState, playgroundReducer } from '@/lib/playground/playground-state'
import { tokenFromHash } from '@/lib/playground/share'
import { loadSaved, save } from '@/lib/playground/storage'

/** Saving waits for a pause in typing: one write, not one per keystroke. */
const SAVE_DELAY_MS = 250

export function usePlaygroundState(example: { token: string; secret: string }) {
  const defaults = useMemo(() => initialState(example), [example])
  const [state, dispatch] = useReducer(playgroundReducer, defaults, initialPlaygroundState)
  const [restored, setRestored] = useState(false)

  // Restore after hydration (the server cannot see the fragment or this tab's storage): a shared
  // link's token first, unless this tab already opened that link, then the tab's own session.
  useEffect(() => {
    const saved = loadSaved(defaults)
    const hash = window.location.hash
    const linked = tokenFromHash(hash)
    if (linked && hash !== saved.consumedHash) {
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
  }, [defaults])

  const { saved } = state
  useEffect(() => {
    if (!restored) return
    const timer = setTimeout(() => save(saved), SAVE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [saved, restored])

  return { defaults, state, dispatch }
}
