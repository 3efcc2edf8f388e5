'use client'
/**
 * @module When to start loading the heavy parts. jose (~14 KB) loads when the browser is first
 * idle, so the example token is verified without waiting for the reader. Monaco (~1 MB gzip,
 * whose evaluation is one long task: ~0.5 s on a phone-speed CPU) loads on the reader's first sign
 * of presence — moving the pointer, scrolling, touching, focusing or typing — so a visit that only
 * reads the decoded token never pays for it, and the plain view stays until it is ready. Both are
 * still imported dynamically where they are used (json-pane.tsx, lib/playground/crypto.ts); this
 * only decides when.
 */
import { useEffect, useState } from 'react'
import { loadJwt } from '@/lib/playground/crypto'

const PRESENCE = [
  'pointermove',
  'pointerdown',
  'wheel',
  'scroll',
  'touchstart',
  'keydown',
  'focusin',
] as const

function onIdle(run: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(run, { timeout: 1500 })
    return () => window.cancelIdleCallback(id)
  }
  const timer = setTimeout(run, 200)
  return () => clearTimeout(timer)
}

function onPresence(run: () => void): () => void {
  let done = false
  const fire = () => {
    if (done) return
    done = true
    stop()
    run()
  }
  const stop = () => PRESENCE.forEach((type) => window.removeEventListener(type, fire, true))
  PRESENCE.forEach((type) => window.addEventListener(type, fire, { capture: true, passive: true }))
  // Focus may already be inside the page (a reload keeps it), which fires no new event.
  if (document.activeElement && document.activeElement !== document.body) queueMicrotask(fire)
  return stop
}

/** True once the editors may load Monaco. */
export function useEditorLoading(): boolean {
  const [loadEditor, setLoadEditor] = useState(false)
  useEffect(() => onIdle(() => void loadJwt().catch(() => {})), [])
  useEffect(() => onPresence(() => setLoadEditor(true)), [])
  return loadEditor
}
