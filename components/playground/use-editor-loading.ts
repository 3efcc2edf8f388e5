'use client'
/**
 * @module When to start loading the heavy parts: Monaco and jose arrive after first paint, when
 * the browser is idle, so the page is useful before they do. Both are still imported
 * dynamically where they are used (json-pane.tsx, lib/playground/crypto.ts); this only decides
 * when.
 */
import { useEffect, useState } from 'react'
import { loadJwt } from '@/lib/playground/crypto'

function onIdle(run: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(run, { timeout: 1500 })
    return () => window.cancelIdleCallback(id)
  }
  const timer = setTimeout(run, 200)
  return () => clearTimeout(timer)
}

/** True once the editors may load Monaco; jose starts loading at the same moment. */
export function useEditorLoading(): boolean {
  const [loadEditor, setLoadEditor] = useState(false)
  useEffect(
    () =>
      onIdle(() => {
        setLoadEditor(true)
        void loadJwt().catch(() => {})
      }),
    [],
  )
  return loadEditor
}
