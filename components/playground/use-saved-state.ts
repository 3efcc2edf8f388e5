'use client'
/**
 * @module The playground's typed state, kept in this tab's sessionStorage so a reload or a
 * language switch loses nothing, and restored from a shared link's fragment when there is one.
 */
import { useCallback, useEffect, useMemo, useState } from 'react'
import { initialState } from '@/lib/playground/edit-state'
import { tokenFromHash } from '@/lib/playground/share'
import { loadSaved, save, type SavedState } from '@/lib/playground/storage'

/** Saving waits for a pause in typing: one write, not one per keystroke. */
const SAVE_DELAY_MS = 250

export function useSavedState(example: { token: string; secret: string }) {
  const defaults = useMemo(() => initialState(example), [example])
  const [state, setState] = useState<SavedState>(defaults)
  const [restored, setRestored] = useState(false)
  const [notice, setNotice] = useState<'restored' | null>(null)
  const update = useCallback(
    (patch: Partial<SavedState>) => setState((s) => ({ ...s, ...patch })),
    [],
  )

  // Restore after hydration (the server cannot see the fragment or this tab's storage): a shared
  // link's token first, unless this tab already opened that link, then the tab's own session.
  useEffect(() => {
    const saved = loadSaved(defaults)
    const hash = window.location.hash
    const linked = tokenFromHash(hash)
    /* eslint-disable react-hooks/set-state-in-effect -- reading browser-only state once */
    if (linked && hash !== saved.consumedHash) {
      const fresh = saved === defaults
      setState({
        ...saved,
        input: linked,
        mode: 'decode',
        pasted: null,
        consumedHash: hash,
        // The example's secret must not be tried against someone else's token.
        ...(fresh && { secret: '' }),
      })
      setNotice('restored')
    } else if (saved !== defaults) setState(saved)
    setRestored(true)
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [defaults])

  useEffect(() => {
    if (!restored) return
    const timer = setTimeout(() => save(state), SAVE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [state, restored])

  return { defaults, state, setState, update, notice, setNotice }
}
